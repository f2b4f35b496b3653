package io.pacer.ingest.token;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.pacer.events.TokenRecord;
import io.pacer.ingest.IngestProperties;
import io.pacer.ingest.ledger.KafkaUnavailableException;
import io.pacer.ingest.register.RegisterStore;
import io.pacer.support.security.TokenHashing;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Before the service reports ready (the register store has put the tokens kept in MongoDB into the directory, so a
 * restart does not wait for the topic): install the bootstrap STATISTICS token from PACER_ADMIN_TOKEN and publish
 * it, so the other services accept it too. Re-publishing it on every start also un-revokes it: the env var is its source of truth.
 * A bootstrap token of an earlier value of the env var is revoked (the records carry a bootstrap mark for this), so
 * every ingest instance must be given the same PACER_ADMIN_TOKEN. Unsetting the env var installs nothing and
 * revokes nothing.
 */
@Component
class TokenBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TokenBootstrap.class);
    private static final int START_UP_ATTEMPTS = 12;

    private final RegisterStore store;
    private final TokenService tokens;
    private final IngestProperties properties;
    private final java.time.Clock clock;

    TokenBootstrap(RegisterStore store, TokenService tokens, IngestProperties properties, java.time.Clock clock) {
        this.store = store;
        this.tokens = tokens;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.hasAdminToken()) {
            log.warn("PACER_ADMIN_TOKEN is not set: no bootstrap STATISTICS token; registers cannot be written");
            return;
        }
        String hash = TokenHashing.sha256Hex(properties.adminToken());
        TokenRecord admin = store.token(hash).filter(t -> t.bootstrap() && !t.revoked())
                .orElseGet(() -> TokenRecord.bootstrap(hash, clock.instant()));
        installPatiently(admin);
        log.info("bootstrap STATISTICS token installed (sha256 {})", hash);
        // PACER_ADMIN_TOKEN changed: the token it replaces must stop working everywhere, or rotating it after a leak
        // would leave the leaked one valid.
        for (TokenRecord earlier : store.tokens()) {
            if (earlier.bootstrap() && !earlier.revoked() && !earlier.sha256().equals(hash)) {
                installPatiently(earlier.revoke());
                log.info("earlier bootstrap token revoked (sha256 {})", earlier.sha256());
            }
        }
    }

    /**
     * A broker that is still starting (or a machine under load) must not kill the service at start-up: keep trying
     * for a few minutes, then give up with the broker's error.
     */
    private void installPatiently(TokenRecord token) {
        for (int attempt = 1;; attempt++) {
            try {
                tokens.install(token);
                return;
            }
            catch (KafkaUnavailableException e) {
                if (attempt >= START_UP_ATTEMPTS) {
                    throw e;
                }
                log.warn("Kafka not ready to take a bootstrap token record (attempt {} of {}): {}", attempt,
                        START_UP_ATTEMPTS, e.getMessage());
            }
        }
    }
}
