package io.pacer.alert.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.pacer.alert.Reference;
import io.pacer.alert.project.Projects;
import io.pacer.events.AlertEvent;
import io.pacer.events.FigureEvent;
import io.pacer.events.PacerJson;
import io.pacer.events.Ranks;
import io.pacer.events.ReferenceKeys;
import io.pacer.events.Role;
import io.pacer.events.TargetRecord;
import io.pacer.events.TokenRecord;
import io.pacer.events.Topics;
import io.pacer.localstack.MongoWireServer;
import io.pacer.support.kafka.DeadLetters;
import io.pacer.support.security.TokenHashing;

/**
 * The bindings on a real broker under the shared poison-and-retry policy: a target or project that can never be
 * applied goes alone to its dead-letter topic with pacer_dlq_reason and the next is applied; a target, project or
 * poll of figures that arrives while MongoDB is away is retried until it is back, then judged, and nothing is
 * dead-lettered. One context for all of them (a restartable wire server on an H2 file).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "spring.cloud.stream.kafka.binder.brokers=${spring.embedded.kafka.brokers}",
        "pacer.alert.reference-wait=5s", "pacer.alert.missing-report.initial-delay=1h" })
@EmbeddedKafka(partitions = 1, topics = { Topics.FIGURES, Topics.REFERENCE, Topics.ALERTS, Topics.SUBMISSIONS,
        Topics.TARGETS, Topics.TARGETS_DLQ, Topics.PROJECTS, Topics.PROJECTS_DLQ, Topics.FIGURES_DLQ })
class RegisterPolicyIT {

    private static final String ADMIN = "register-policy-it-token";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final int PORT = freePort();
    private static final Path DATA = tempFile();
    private static MongoWireServer mongo = MongoWireServer.h2File(DATA).start(PORT);

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        // fail fast while it is away, rather than block each write for the driver's default 30 s
        registry.add("pacer.mongo.uri", () -> mongo.uri() + "/?serverSelectionTimeoutMS=500&connectTimeoutMS=500");
        registry.add("pacer.mongo.database", () -> "alert_register_policy");
    }

    @LocalServerPort
    int port;
    @Value("${spring.embedded.kafka.brokers}")
    String brokers;

    @AfterAll
    static void stop() {
        mongo.close();
    }

    @BeforeEach
    void registers() throws Exception {
        try (KafkaProducer<String, byte[]> producer = KafkaTaps.producer(brokers)) {
            for (Object record : Reference.all()) {
                producer.send(new ProducerRecord<>(Topics.REFERENCE, ReferenceKeys.of(record), PacerJson.write(record)));
            }
            TokenRecord admin = new TokenRecord(TokenHashing.sha256Hex(ADMIN), Role.STATISTICS, null, null, false,
                    Instant.now());
            producer.send(new ProducerRecord<>(Topics.REFERENCE, ReferenceKeys.of(admin), PacerJson.write(admin)))
                    .get();
        }
        AlertInstance.await("the API answers", Duration.ofSeconds(30),
                () -> http("/api/v1/targets?year=2028").statusCode() == 200);
    }

    @Test
    void aTargetThatCanNeverBeAppliedGoesAloneToItsDeadLetterTopicAndOneArrivingWhileMongoDbIsAwayIsJudgedLater()
            throws Exception {
        try (KafkaProducer<String, byte[]> producer = KafkaTaps.producer(brokers);
                KafkaConsumer<String, byte[]> alerts = consumer(Topics.ALERTS);
                KafkaConsumer<String, byte[]> dead = consumer(Topics.TARGETS_DLQ)) {
            producer.send(new ProducerRecord<>(Topics.FIGURES, "d1", figure("ta"))).get();
            producer.send(new ProducerRecord<>(Topics.FIGURES, "d1", figure("gxq"))).get();
            producer.send(new ProducerRecord<>(Topics.TARGETS, "2028:gxq:projects_completed",
                    "not json".getBytes(StandardCharsets.UTF_8))).get();
            producer.send(new ProducerRecord<>(Topics.TARGETS, "2028:gxq:projects_completed", target("gxq"))).get();

            assertThat(events(alerts, Duration.ofSeconds(60))).as("the target after the poison is applied")
                    .contains("gxq PROGRESS_LAG FIRING");
            List<ConsumerRecord<String, byte[]>> letters = poll(dead, Duration.ofSeconds(30));
            assertThat(letters).singleElement().satisfies(r -> {
                assertThat(r.key()).isEqualTo("2028:gxq:projects_completed");
                assertThat(new String(r.value(), StandardCharsets.UTF_8)).isEqualTo("not json");
                assertThat(header(r, DeadLetters.REASON_HEADER)).contains("2028:gxq:projects_completed");
                assertThat(header(r, "x-original-topic")).isEqualTo(Topics.TARGETS);
            });

            mongo.close();
            producer.send(new ProducerRecord<>(Topics.TARGETS, "2028:ta:projects_completed", target("ta"))).get();
            assertThat(events(alerts, Duration.ofSeconds(3))).as("not judged while MongoDB is away").isEmpty();

            mongo = MongoWireServer.h2File(DATA).start(PORT);
            assertThat(events(alerts, Duration.ofSeconds(60))).contains("ta PROGRESS_LAG FIRING");
            assertThat(poll(dead, Duration.ofSeconds(2))).as("an outage dead-letters nothing").isEmpty();
        }
    }

    @Test
    void aProjectThatCanNeverBeAppliedGoesAloneToItsDeadLetterTopicAndOneArrivingWhileMongoDbIsAwayIsJudgedLater()
            throws Exception {
        LocalDate longAgo = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(100);
        try (KafkaProducer<String, byte[]> producer = KafkaTaps.producer(brokers);
                KafkaConsumer<String, byte[]> alerts = consumer(Topics.ALERTS);
                KafkaConsumer<String, byte[]> dead = consumer(Topics.PROJECTS_DLQ)) {
            producer.send(new ProducerRecord<>(Topics.PROJECTS, "p-poison",
                    "{\"id\":\"p-poison\"}".getBytes(StandardCharsets.UTF_8))).get();
            producer.send(new ProducerRecord<>(Topics.PROJECTS, "p-1",
                    PacerJson.write(Projects.signed("p-1", "gxq", longAgo)))).get();

            assertThat(events(alerts, Duration.ofSeconds(60))).as("the project after the poison is applied")
                    .contains("gxq SIGN_TO_PILE FIRING");
            assertThat(poll(dead, Duration.ofSeconds(30))).singleElement().satisfies(r -> {
                assertThat(r.key()).isEqualTo("p-poison");
                assertThat(header(r, DeadLetters.REASON_HEADER)).contains("regionId and signedOn are required");
            });

            mongo.close();
            producer.send(new ProducerRecord<>(Topics.PROJECTS, "p-2",
                    PacerJson.write(Projects.signed("p-2", "ta", longAgo)))).get();
            assertThat(events(alerts, Duration.ofSeconds(3))).as("not judged while MongoDB is away").isEmpty();

            mongo = MongoWireServer.h2File(DATA).start(PORT);
            assertThat(events(alerts, Duration.ofSeconds(60))).contains("ta SIGN_TO_PILE FIRING");
            assertThat(poll(dead, Duration.ofSeconds(2))).as("an outage dead-letters nothing").isEmpty();
        }
    }

    @Test
    void aFigurePollThatFailsWhileMongoDbIsAwayIsJudgedOnceItIsBackAndNothingIsDeadLettered() throws Exception {
        try (KafkaProducer<String, byte[]> producer = KafkaTaps.producer(brokers);
                KafkaConsumer<String, byte[]> alerts = consumer(Topics.ALERTS);
                KafkaConsumer<String, byte[]> dead = consumer(Topics.FIGURES_DLQ)) {
            producer.send(new ProducerRecord<>(Topics.TARGETS, "2027:gxq:projects_completed",
                    target(2027, "gxq"))).get();
            producer.send(new ProducerRecord<>(Topics.FIGURES, "d1", figure("2027-09", "gxq", "7"))).get();
            assertThat(events(alerts, Duration.ofSeconds(60))).contains("gxq PROGRESS_LAG FIRING");

            mongo.close();
            producer.send(new ProducerRecord<>(Topics.FIGURES, "d1", figure("2027-09", "gxq", "9"))).get();
            assertThat(events(alerts, Duration.ofSeconds(3))).as("not judged while MongoDB is away").isEmpty();

            mongo = MongoWireServer.h2File(DATA).start(PORT);
            assertThat(events(alerts, Duration.ofSeconds(60))).contains("gxq PROGRESS_LAG RESOLVED");
            assertThat(poll(dead, Duration.ofSeconds(2))).as("an outage dead-letters nothing").isEmpty();
        }
    }

    private static byte[] figure(String period, String region, String ytd) {
        return PacerJson.write(new FigureEvent(region, "d1", "projects_completed", period, new BigDecimal(ytd),
                null, null, null, 1, 1, Ranks.NONE, Ranks.NONE));
    }

    private static byte[] target(int year, String region) {
        return PacerJson.write(new TargetRecord(year, region, "projects_completed", new BigDecimal("12"), null,
                "LINEAR", null, null));
    }

    private static byte[] figure(String region) {
        return figure("2028-09", region, "7");
    }

    private static byte[] target(String region) {
        return target(2028, region);
    }

    private KafkaConsumer<String, byte[]> consumer(String topic) {
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers, ConsumerConfig.GROUP_ID_CONFIG,
                "register-policy-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest"),
                new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(topic));
        // joined, at the end: only what this test makes is read
        Instant joined = Instant.now().plusSeconds(10);
        while (consumer.assignment().isEmpty() && Instant.now().isBefore(joined)) {
            consumer.poll(Duration.ofMillis(100));
        }
        consumer.position(consumer.assignment().iterator().next());
        return consumer;
    }

    /** "region RULE TRANSITION" of the alert events that arrive within {@code within}, and 2 s after the first. */
    private static List<String> events(KafkaConsumer<String, byte[]> consumer, Duration within) {
        return poll(consumer, within).stream().map(r -> PacerJson.read(r.value(), AlertEvent.class))
                .map(e -> e.regionId() + " " + e.rule() + " " + e.transition()).toList();
    }

    private static List<ConsumerRecord<String, byte[]>> poll(KafkaConsumer<String, byte[]> consumer,
            Duration within) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        Instant deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline)) {
            consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            if (!records.isEmpty() && deadline.isAfter(Instant.now().plusSeconds(2))) {
                deadline = Instant.now().plusSeconds(2);
            }
        }
        return records;
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private HttpResponse<String> http(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Bearer " + ADMIN).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path tempFile() {
        try {
            return Files.createTempDirectory("alert-register-policy").resolve("mongo.h2");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
