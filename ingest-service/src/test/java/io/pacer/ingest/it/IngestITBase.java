package io.pacer.ingest.it;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import io.pacer.localstack.SharedMongo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole service on a real embedded Kafka broker (KRaft) and the MongoDB-wire server, over real HTTP. Every IT
 * extending this shares one Spring context and one broker. "Now" is 2026-03-20 10:00 in Asia/Shanghai.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "spring.cloud.stream.kafka.binder.brokers=${spring.embedded.kafka.brokers}",
        "pacer.mongo.database=ingest_it", "pacer.ingest.admin-token=" + IngestITBase.ADMIN,
        "pacer.ingest.ledger-partitions=3", "pacer.ingest.kafka-timeout=10s" })
@EmbeddedKafka(count = 1, brokerProperties = { "transaction.state.log.replication.factor=1",
        "transaction.state.log.min.isr=1", "offsets.topic.replication.factor=1", "num.partitions=1" })
@Import(IngestITBase.FixedClock.class)
public abstract class IngestITBase {

    /** At least 32 characters, as ingest requires of PACER_ADMIN_TOKEN. */
    public static final String ADMIN = "admin-secret-for-tests-0123456789abcdef";
    public static final Instant NOW = Instant.parse("2026-03-20T02:00:00Z");

    @TestConfiguration(proxyBeanMethods = false)
    public static class FixedClock {

        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(NOW, ZoneId.of("Asia/Shanghai"));
        }
    }

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("pacer.mongo.uri", SharedMongo::uri);
    }

    @LocalServerPort
    protected int port;

    @Autowired
    private EmbeddedKafkaBroker broker;

    /** This context's broker (the system property names whichever embedded broker started last). */
    protected String brokers;

    protected Http http;
    protected Fixture fixture;
    private static LedgerReader ledger;

    @BeforeEach
    void connect() {
        brokers = broker.getBrokersAsString();
        http = new Http("http://127.0.0.1:" + port);
        fixture = Fixture.of(http);
        if (ledger == null) {
            ledger = new LedgerReader(brokers, io.pacer.events.Topics.SUBMISSIONS);
        }
    }

    protected LedgerReader ledger() {
        return ledger.mark();
    }

    @AfterAll
    static void closeLedger() {
        if (ledger != null) {
            ledger.close();
            ledger = null;
        }
    }
}
