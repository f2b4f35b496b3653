package io.pacer.alert.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.pacer.alert.Reference;
import io.pacer.events.AlertEvent;
import io.pacer.events.FigureEvent;
import io.pacer.events.PacerJson;
import io.pacer.events.Ranks;
import io.pacer.events.ReferenceKeys;
import io.pacer.events.Role;
import io.pacer.events.TokenRecord;
import io.pacer.events.Topics;
import io.pacer.localstack.MongoWireServer;
import io.pacer.support.security.TokenHashing;

/**
 * MongoDB away while figure events arrive: the poll is retried until it is back, then judged, and nothing is
 * dead-lettered (a record goes there only when it can't be read).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "spring.cloud.stream.kafka.binder.brokers=${spring.embedded.kafka.brokers}",
        "pacer.alert.reference-wait=5s", "pacer.alert.missing-report.initial-delay=1h" })
@EmbeddedKafka(partitions = 1, topics = { Topics.FIGURES, Topics.REFERENCE, Topics.ALERTS, Topics.FIGURES_DLQ,
        Topics.TARGETS, Topics.SUBMISSIONS })
class MongoOutageIT {

    private static final String ADMIN = "outage-it-admin-token";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final int PORT = freePort();
    private static final Path DATA = tempFile();
    private static MongoWireServer mongo = MongoWireServer.h2File(DATA).start(PORT);

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        // fail fast while it is away, rather than block each write for the driver's default 30 s
        registry.add("pacer.mongo.uri", () -> mongo.uri() + "/?serverSelectionTimeoutMS=500&connectTimeoutMS=500");
        registry.add("pacer.mongo.database", () -> "alert_outage");
    }

    @LocalServerPort
    int port;
    @Value("${spring.embedded.kafka.brokers}")
    String brokers;

    @AfterAll
    static void stop() {
        mongo.close();
    }

    @Test
    void aPollThatFailsWhileMongoDbIsAwayIsJudgedOnceItIsBackAndNothingIsDeadLettered() throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers), new StringSerializer(), new ByteArraySerializer());
                KafkaConsumer<String, byte[]> alerts = consumer(Topics.ALERTS);
                KafkaConsumer<String, byte[]> dead = consumer(Topics.FIGURES_DLQ)) {
            for (Object record : Reference.all()) {
                producer.send(new ProducerRecord<>(Topics.REFERENCE, ReferenceKeys.of(record), PacerJson.write(record)));
            }
            TokenRecord admin = new TokenRecord(TokenHashing.sha256Hex(ADMIN), Role.STATISTICS, null, null, false,
                    Instant.now());
            producer.send(new ProducerRecord<>(Topics.REFERENCE, ReferenceKeys.of(admin), PacerJson.write(admin)));
            Instant ready = Instant.now().plusSeconds(30);
            while (http("GET", "/api/v1/targets?year=2026", null).statusCode() != 200 && Instant.now().isBefore(ready)) {
                Thread.sleep(200);
            }
            assertThat(http("PUT", "/api/v1/targets/2026/gxq/projects_completed", "{\"annualTarget\": 12}")
                    .statusCode()).isEqualTo(200);
            producer.send(new ProducerRecord<>(Topics.FIGURES, "d1", figure("7"))).get();
            assertThat(poll(alerts, Duration.ofSeconds(60))).extracting(e -> e.rule() + " " + e.transition())
                    .containsExactlyInAnyOrder("PROGRESS_LAG FIRING", "FORECAST_MISS FIRING");

            mongo.close();
            producer.send(new ProducerRecord<>(Topics.FIGURES, "d1", figure("9"))).get();
            assertThat(poll(alerts, Duration.ofSeconds(5))).as("not judged while MongoDB is away").isEmpty();

            mongo = MongoWireServer.h2File(DATA).start(PORT);
            assertThat(poll(alerts, Duration.ofSeconds(60))).extracting(e -> e.rule() + " " + e.transition())
                    .containsExactlyInAnyOrder("PROGRESS_LAG RESOLVED", "FORECAST_MISS RESOLVED");
            assertThat(poll(dead, Duration.ofSeconds(2))).isEmpty();
        }
    }

    private static byte[] figure(String ytd) {
        return PacerJson.write(new FigureEvent("gxq", "d1", "projects_completed", "2026-09", new BigDecimal(ytd),
                null, null, null, 1, 1, Ranks.NONE, Ranks.NONE));
    }

    private KafkaConsumer<String, byte[]> consumer(String topic) {
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers, ConsumerConfig.GROUP_ID_CONFIG, "outage-" + topic,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(),
                new ByteArrayDeserializer());
        consumer.subscribe(List.of(topic));
        return consumer;
    }

    /** What arrives until the first record came and 2 s more passed, or {@code within} is over. */
    private static List<AlertEvent> poll(KafkaConsumer<String, byte[]> consumer, Duration within) {
        List<AlertEvent> events = new ArrayList<>();
        Instant deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline)) {
            consumer.poll(Duration.ofMillis(200)).forEach(r -> events.add(PacerJson.read(r.value(), AlertEvent.class)));
            if (!events.isEmpty() && deadline.isAfter(Instant.now().plusSeconds(2))) {
                deadline = Instant.now().plusSeconds(2);
            }
        }
        return events;
    }

    private HttpResponse<String> http(String method, String path, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + ADMIN).build(),
                HttpResponse.BodyHandlers.ofString());
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
            return Files.createTempDirectory("alert-outage").resolve("mongo.h2");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
