package io.pacer.support.security;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokenHashingTest {

    @Test
    void hashIsLowercaseHexSha256OfTheUtf8Token() {
        assertThat(TokenHashing.sha256Hex("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(TokenHashing.sha256Hex("统计局")).hasSize(64).matches("[0-9a-f]{64}");
    }

    @Test
    void newTokensAreUrlSafeAndNeverRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = TokenHashing.newRawToken();
            assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
            assertThat(seen.add(token)).isTrue();
        }
    }

    @Test
    void recognisesOnlyLowercaseHexOfLength64AsAHash() {
        assertThat(TokenHashing.isSha256Hex(TokenHashing.sha256Hex("x"))).isTrue();
        assertThat(TokenHashing.isSha256Hex("ABC")).isFalse();
        assertThat(TokenHashing.isSha256Hex(TokenHashing.sha256Hex("x").toUpperCase())).isFalse();
        assertThat(TokenHashing.isSha256Hex(null)).isFalse();
    }
}
