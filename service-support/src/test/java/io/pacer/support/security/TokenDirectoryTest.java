package io.pacer.support.security;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.pacer.events.ReferenceKeys;
import io.pacer.events.Region;
import io.pacer.events.RegionLevel;
import io.pacer.events.Role;
import io.pacer.events.TokenRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokenDirectoryTest {

    private final TokenDirectory directory = new TokenDirectory();

    static TokenRecord reporter(String rawToken, String... entityIds) {
        return new TokenRecord(TokenHashing.sha256Hex(rawToken), Role.REPORTER, List.of(entityIds), List.of(), false,
                Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Test
    void aKnownTokenAuthenticatesWithItsRoleAndBindings() {
        directory.apply(reporter("secret-1", "e1", "e2"));

        PacerPrincipal principal = directory.authenticate("secret-1").orElseThrow();

        assertThat(principal.role()).isEqualTo(Role.REPORTER);
        assertThat(principal.entityIds()).containsExactlyInAnyOrder("e1", "e2");
        assertThat(principal.reportsFor("e1")).isTrue();
        assertThat(principal.reportsFor("e3")).isFalse();
        assertThat(principal.getName()).isEqualTo(TokenHashing.sha256Hex("secret-1")).doesNotContain("secret");
    }

    @Test
    void unknownBlankAndMissingTokensDoNotAuthenticate() {
        directory.apply(reporter("secret-1", "e1"));

        assertThat(directory.authenticate("secret-2")).isEmpty();
        assertThat(directory.authenticate("")).isEmpty();
        assertThat(directory.authenticate(null)).isEmpty();
    }

    @Test
    void aRevokedTokenNoLongerAuthenticates() {
        TokenRecord token = reporter("secret-1", "e1");
        directory.apply(token);
        directory.apply(token.revoke());

        assertThat(directory.authenticate("secret-1")).isEmpty();
        assertThat(directory.find(token.sha256())).get().extracting(TokenRecord::revoked).isEqualTo(true);
    }

    @Test
    void theLatestRecordForAHashWins() {
        TokenRecord token = reporter("secret-1", "e1");
        directory.apply(token.revoke());
        directory.apply(token);

        assertThat(directory.authenticate("secret-1")).isPresent();
    }

    @Test
    void referenceRecordsOtherThanTokensAreIgnoredAndATombstoneForgetsTheToken() {
        TokenRecord token = reporter("secret-1", "e1");
        directory.applyReference(ReferenceKeys.of(token), token);
        Region region = new Region("r1", "区", "District", "c1", RegionLevel.DISTRICT);
        directory.applyReference(ReferenceKeys.of(region), region);
        assertThat(directory.size()).isEqualTo(1);

        directory.applyReference(ReferenceKeys.TOKEN + token.sha256(), null);

        assertThat(directory.authenticate("secret-1")).isEmpty();
        assertThat(directory.size()).isZero();
    }

    @Test
    void concurrentWritesAndReadsSeeEveryAppliedToken() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> writes = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int base = t * 500;
                writes.add(pool.submit(() -> {
                    for (int i = base; i < base + 500; i++) {
                        directory.apply(reporter("token-" + i, "e" + i));
                        assertThat(directory.authenticate("token-" + i)).isPresent();
                    }
                }));
            }
            for (Future<?> write : writes) {
                write.get(30, TimeUnit.SECONDS);
            }
        }
        finally {
            pool.shutdownNow();
        }
        assertThat(directory.size()).isEqualTo(2000);
    }
}
