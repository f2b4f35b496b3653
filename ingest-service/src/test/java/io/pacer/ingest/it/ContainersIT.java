package io.pacer.ingest.it;

import java.util.List;

import io.pacer.events.Topics;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ingest scenario on the real images (apache/kafka in KRaft mode, mongo:7) where Docker runs; skipped without
 * a Docker daemon.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "pacer.mongo.database=pacer_ingest", "pacer.ingest.admin-token=" + IngestITBase.ADMIN,
        "pacer.ingest.ledger-partitions=3" })
@Import(IngestITBase.FixedClock.class)
class ContainersIT {

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.1");

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:7");

    @DynamicPropertySource
    static void containers(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", KAFKA::getBootstrapServers);
        registry.add("spring.cloud.stream.kafka.binder.brokers", KAFKA::getBootstrapServers);
        registry.add("pacer.mongo.uri", MONGO::getConnectionString);
    }

    @LocalServerPort
    int port;

    @Test
    void submissionsReachTheLedgerOnRealKafkaAndARejectedOnePublishesNothing() {
        Http http = new Http("http://127.0.0.1:" + port);
        Fixture fixture = Fixture.of(http);
        try (LedgerReader ledger = new LedgerReader(KAFKA.getBootstrapServers(), Topics.SUBMISSIONS)) {
            Http.Response rejected = http.postJson("/api/v1/submissions", fixture.e1,
                    Fixture.submission("e1", "2026-02", "fiscal_revenue", "-1"));
            assertThat(rejected.status()).isEqualTo(422);

            Http.Response batch = http.postJson("/api/v1/submissions/batch", fixture.e1, "["
                    + Fixture.submission("e1", "2026-01", "fiscal_revenue", "10") + ","
                    + Fixture.submission("e1", "2026-02", "fiscal_revenue", "25") + "]");

            assertThat(batch.status()).as(batch.body()).isEqualTo(202);
            String last = batch.json().get("submissionIds").get(1).asString();
            List<LedgerReader.Entry> published = ledger.readUntil(r -> r.submissionId().equals(last));
            assertThat(published).extracting(e -> e.record().period()).containsExactly("2026-01", "2026-02");
            assertThat(published).extracting(LedgerReader.Entry::key).containsOnly("d1");
        }
        assertThat(http.get("/api/v1/submissions?entityId=e1", fixture.e1).json()).hasSize(2);
    }
}
