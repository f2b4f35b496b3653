package io.pacer.ingest.it;

import java.time.Duration;
import java.util.List;

import io.pacer.events.ReferenceKeys;
import io.pacer.events.Role;
import io.pacer.events.TokenRecord;
import io.pacer.events.Topics;
import io.pacer.ingest.Mother;
import io.pacer.ingest.register.RegisterStore;
import io.pacer.localstack.SharedMongo;
import io.pacer.support.security.TokenDirectory;
import io.pacer.support.security.TokenHashing;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ledger producer points at a closed port, so Kafka "cannot take the write": the answer is 503 with
 * Retry-After within the configured timeout, and nothing reaches pacer.submissions. (The binder still talks to the
 * embedded broker; the registers and the token are put straight into this instance's store.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.kafka.bootstrap-servers=127.0.0.1:1",
        "spring.cloud.stream.kafka.binder.brokers=${spring.embedded.kafka.brokers}",
        "pacer.mongo.database=ingest_unavailable", "pacer.ingest.admin-token=", "pacer.ingest.kafka-timeout=2s",
        "pacer.ingest.retry-after=7s" })
@EmbeddedKafka(count = 1, topics = Topics.SUBMISSIONS, brokerProperties = {
        "transaction.state.log.replication.factor=1", "transaction.state.log.min.isr=1" })
@Import(IngestITBase.FixedClock.class)
@DirtiesContext
class KafkaUnavailableIT {

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("pacer.mongo.uri", SharedMongo::uri);
    }

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    RegisterStore store;

    @Autowired
    TokenDirectory tokens;

    @Test
    void whenKafkaCannotTakeTheWriteInTimeTheAnswerIs503WithRetryAfterAndNothingIsPublished() {
        long offset = 0;
        for (Object record : List.of(Mother.regions(), Mother.indicators(), Mother.entities()).stream()
                .flatMap(List::stream).toList()) {
            store.apply(ReferenceKeys.of(record), record, offset++);
        }
        tokens.apply(new TokenRecord(TokenHashing.sha256Hex("e1-token"), Role.REPORTER, List.of("e1"), List.of(), false,
                IngestITBase.NOW));
        Http http = new Http("http://127.0.0.1:" + port);
        try (LedgerReader ledger = new LedgerReader(broker.getBrokersAsString(), Topics.SUBMISSIONS)) {
            long started = System.nanoTime();

            Http.Response response = http.postJson("/api/v1/submissions", "e1-token",
                    Fixture.submission("e1", "2026-02", "fiscal_revenue", "1"));

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(8));
            assertThat(response.status()).as(response.body()).isEqualTo(503);
            assertThat(response.header("Retry-After")).isEqualTo("7");
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.json().get("errors").get(0).get("message").asString())
                    .contains("nothing was recorded, send it again");
            assertThat(ledger.readRaw(Duration.ofSeconds(2))).isEmpty();
        }
        assertThat(http.get("/api/v1/submissions?entityId=e1", "e1-token").json()).isEmpty();
        assertThat(http.get("/actuator/prometheus", null).body()).contains("outcome=\"unavailable\"");
    }
}
