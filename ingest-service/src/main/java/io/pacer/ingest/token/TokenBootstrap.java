package io.pacer.ingest.token;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.pacer.events.Role;
import io.pacer.events.TokenRecord;
import io.pacer.ingest.IngestProperties;
import io.pacer.ingest.ledger.KafkaUnavailableException;
import io.pacer.ingest.register.RegisterStore;
import io.pacer.support.security.TokenDirectory;
import io.pacer.support.security.TokenHashing;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Before the service reports ready: load the tokens kept in MongoDB into the directory (so a restart does not wait
 * for the topic), then install the bootstrap STATISTICS token from PACER_ADMIN_TOKEN and publish it, so the other
 * services accept it too. Re-publishing it on every start also un-revokes it: the env var is its source of truth.
 */
@Component
class TokenBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TokenBootstrap.class);
    private static final int START_UP_ATTEMPTS = 12;

    private final RegisterStore store;
    private final TokenDirectory directory;
    private final TokenService tokens;
    private final IngestProperties properties;
    private final java.time.Clock clock;

    TokenBootstrap(RegisterStore store, TokenDirectory directory, TokenService tokens, IngestProperties properties,
            java.time.Clock clock) {
        this.store = store;
        this.directory = directory;
        this.tokens = tokens;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        store.tokens().forEach(directory::apply);
        if (!properties.hasAdminToken()) {
            log.warn("PACER_ADMIN_TOKEN is not set: no bootstrap STATISTICS token; registers cannot be written");
            return;
        }
        String hash = TokenHashing.sha256Hex(properties.adminToken());
        TokenRecord admin = store.token(hash).filter(t -> t.role() == Role.STATISTICS && !t.revoked())
                .orElseGet(() -> new TokenRecord(hash, Role.STATISTICS, List.of(), List.of(), false, clock.instant()));
        installPatiently(admin);
        log.info("bootstrap STATISTICS token installed (sha256 {})", hash);
    }

    /**
     * A broker that is still starting (or a machine under load) must not kill the service at start-up: keep trying
     * for a few minutes, then give up with the broker's error.
     */
    private void installPatiently(TokenRecord admin) {
        for (int attempt = 1;; attempt++) {
            try {
                tokens.install(admin);
                return;
            }
            catch (KafkaUnavailableException e) {
                if (attempt >= START_UP_ATTEMPTS) {
                    throw e;
                }
                log.warn("Kafka not ready to take the bootstrap token (attempt {} of {}): {}", attempt,
                        START_UP_ATTEMPTS, e.getMessage());
            }
        }
    }
}
