package io.pacer.ingest.token;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.pacer.events.PacerJson;
import io.pacer.events.TokenRecord;
import io.pacer.events.Topics;
import io.pacer.ingest.IngestProperties;
import io.pacer.ingest.it.IngestITBase;
import io.pacer.ingest.it.LedgerReader;
import io.pacer.ingest.register.RegisterStore;
import io.pacer.support.security.TokenHashing;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A start with a new PACER_ADMIN_TOKEN revokes the bootstrap token of the old one, here and (through the published
 * record) in every other service. The test rotates to a new token and back, so the shared context keeps its admin.
 */
class AdminTokenRotationIT extends IngestITBase {

    private static final String ROTATED = "rotated-admin-token-0123456789abcdef0123";

    @Autowired
    private RegisterStore store;
    @Autowired
    private TokenService tokens;
    @Autowired
    private IngestProperties properties;
    @Autowired
    private Clock clock;

    @Test
    void rotatingTheAdminTokenRevokesTheEarlierOneEverywhere() {
        assertThat(http.get("/api/v1/regions", ADMIN).status()).isEqualTo(200);
        try {
            startWith(ROTATED);

            assertThat(http.get("/api/v1/regions", ROTATED).status()).isEqualTo(200);
            assertThat(http.get("/api/v1/regions", ADMIN).status()).isEqualTo(401);
            TokenRecord published = lastPublished(TokenHashing.sha256Hex(ADMIN));
            assertThat(published.revoked()).isTrue();
            assertThat(published.bootstrap()).isTrue();
        }
        finally {
            startWith(ADMIN);
        }
        assertThat(http.get("/api/v1/regions", ADMIN).status()).isEqualTo(200);
        assertThat(http.get("/api/v1/regions", ROTATED).status()).isEqualTo(401);
    }

    /** What TokenBootstrap does when the service starts with this PACER_ADMIN_TOKEN. */
    private void startWith(String adminToken) {
        IngestProperties p = properties;
        new TokenBootstrap(store, tokens, new IngestProperties(adminToken, p.instanceId(), p.kafkaTimeout(),
                p.retryAfter(), p.zone(), p.periodYearsBack(), p.periodMonthsAhead(), p.warningRatio(),
                p.ledgerPartitions(), p.deadlineDay(), p.inbox(), p.projectsRefresh()), clock).run(null);
    }

    private TokenRecord lastPublished(String sha256) {
        try (LedgerReader reference = new LedgerReader(brokers, Topics.REFERENCE)) {
            List<ConsumerRecord<String, byte[]>> records = reference.readAllRaw(Duration.ofSeconds(2)).stream()
                    .filter(r -> r.key().equals("token:" + sha256)).toList();
            assertThat(records).as("records of token:" + sha256).isNotEmpty();
            return PacerJson.read(records.get(records.size() - 1).value(), TokenRecord.class);
        }
    }
}
