package io.pacer.ingest.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.pacer.events.Basis;
import io.pacer.events.PacerJson;
import io.pacer.events.SubmissionRecord;
import io.pacer.events.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import io.pacer.events.ReferenceKeys;
import io.pacer.events.Role;
import io.pacer.events.TokenRecord;
import io.pacer.ingest.Mother;
import io.pacer.localstack.MongoWireServer;
import io.pacer.support.security.TokenDirectory;
import io.pacer.support.security.TokenHashing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * MongoDB goes away while ledger records arrive: the history consumer's poll fails as a whole and is tried again
 * until MongoDB is back, so the history gets every record and nothing is dead-lettered (the binder's batch DLQ
 * would have sent the whole poll away after three attempts). Likewise an inbox record: its poll is not committed
 * while MongoDB is away, and is forwarded once it is back. A wire server of its own, so it can be stopped.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "spring.cloud.stream.kafka.binder.brokers=${spring.embedded.kafka.brokers}",
        "pacer.mongo.database=ingest_outage", "pacer.ingest.admin-token=",
        "pacer.mongo.server-selection-timeout=1s", "pacer.ingest.inbox.retry-backoff=200ms" })
@EmbeddedKafka(count = 1, topics = { Topics.SUBMISSIONS, Topics.SUBMISSIONS_DLQ }, brokerProperties = {
        "transaction.state.log.replication.factor=1", "transaction.state.log.min.isr=1" })
@Import(IngestITBase.FixedClock.class)
@DirtiesContext
class MongoOutageIT {

    private static final int PORT = freePort();
    private static MongoWireServer mongo = MongoWireServer.inMemory().start(PORT);

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        // fail fast while it is away, rather than block each write for the driver's default 30 s
        registry.add("pacer.mongo.uri", () -> mongo.uri() + "/?serverSelectionTimeoutMS=500&connectTimeoutMS=500");
    }

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    TokenDirectory tokens;

    @Autowired
    MeterRegistry meters;

    @AfterAll
    static void stop() {
        mongo.close();
    }

    @Test
    void aPollThatFailsWhileMongoDbIsAwayIsAppliedOnceItIsBackAndNothingIsDeadLettered() throws Exception {
        mongo.close();
        List<String> ids = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString());
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
            for (String id : ids) {
                producer.send(new ProducerRecord<>(Topics.SUBMISSIONS, "d1", PacerJson.write(new SubmissionRecord(id,
                        "e1", "t1", "d1", "fiscal_revenue", Basis.CUMULATIVE, "2026-02", new BigDecimal("12.5"), null,
                        Instant.parse("2026-03-01T00:00:00Z"), List.of())))).get();
            }
        }
        // longer than the binder's own three attempts (1 s, then 2 s apart) would have waited before the DLQ
        Thread.sleep(6_000);
        mongo = MongoWireServer.inMemory().start(PORT);

        try (MongoClient client = MongoClients.create(mongo.uri())) {
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            long stored = 0;
            while (stored < ids.size() && System.nanoTime() < deadline) {
                Thread.sleep(200);
                stored = client.getDatabase("ingest_outage").getCollection("submissions")
                        .countDocuments(new org.bson.Document("_id", new org.bson.Document("$in", ids)));
            }
            assertThat(stored).as("submissions in the history once MongoDB is back").isEqualTo(ids.size());
        }
        assertThat(deadLetters()).as("records on " + Topics.SUBMISSIONS_DLQ).isZero();
    }

    @Test
    void anInboxRecordReadWhileMongoDbIsAwayIsForwardedOnceItIsBackAndItsResendCountsOnce() throws Exception {
        String token = "outage-reporter-token";
        try (KafkaProducer<String, byte[]> producer = producer()) {
            List<Object> registers = new java.util.ArrayList<>(List.of(Mother.regions().get(3),
                    Mother.indicators().get(0), Mother.entities().get(0),
                    new TokenRecord(TokenHashing.sha256Hex(token), Role.REPORTER, List.of("e1"), List.of(), false,
                            Instant.EPOCH)));
            for (Object register : registers) {
                producer.send(new ProducerRecord<>(Topics.REFERENCE, ReferenceKeys.of(register),
                        PacerJson.write(register))).get();
            }
            awaitUntil(() -> tokens.authenticate(token).isPresent(), "the reporter's token is known");
            mongo.close();
            String key = "outage-" + UUID.randomUUID();
            String submission = "{\"entityId\":\"e1\",\"period\":\"2026-02\",\"figures\":[{\"indicator\":"
                    + "\"fiscal_revenue\",\"value\":5}]}";
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.INBOX, key,
                    submission.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            record.headers().add("pacer-token", token.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            double duplicates = meters.counter("pacer.inbox.records", "outcome", "duplicate").count();
            try (LedgerReader ledger = new LedgerReader(broker.getBrokersAsString(), Topics.SUBMISSIONS)) {
                producer.send(record).get();
                awaitUntil(() -> meters.counter("pacer.inbox.poll.failures").count() >= 2,
                        "the inbox poll failed and was tried again");
                assertThat(meters.counter("pacer.inbox.records", "outcome", "accepted").count())
                        .as("nothing accepted while MongoDB is away").isZero();
                mongo = MongoWireServer.inMemory().start(PORT);

                String id = UUID.nameUUIDFromBytes(("pacer.inbox:2:e1:" + key)
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
                producer.send(record).get();
                awaitUntil(() -> meters.counter("pacer.inbox.records", "outcome", "duplicate").count() > duplicates,
                        "the re-sent record counted as a duplicate");
                assertThat(ledger.readAll(r -> r.submissionId().equals(id)))
                        .filteredOn(e -> e.record().submissionId().equals(id)).hasSize(1);
            }
        }
    }

    private KafkaProducer<String, byte[]> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
    }

    private static void awaitUntil(java.util.function.BooleanSupplier condition, String what)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private int deadLetters() {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ConsumerConfig.GROUP_ID_CONFIG, "outage-check-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class))) {
            consumer.subscribe(List.of(Topics.SUBMISSIONS_DLQ));
            int count = 0;
            long until = System.nanoTime() + Duration.ofSeconds(3).toNanos();
            while (System.nanoTime() < until) {
                count += consumer.poll(Duration.ofMillis(200)).count();
            }
            return count;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
