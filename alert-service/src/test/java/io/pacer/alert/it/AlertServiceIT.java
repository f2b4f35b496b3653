package io.pacer.alert.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.pacer.alert.Reference;
import io.pacer.events.AlertEvent;
import io.pacer.events.AlertRule;
import io.pacer.events.FigureEvent;
import io.pacer.events.PacerJson;
import io.pacer.events.Ranks;
import io.pacer.events.ReferenceKeys;
import io.pacer.events.Role;
import io.pacer.events.TokenRecord;
import io.pacer.events.Topics;
import io.pacer.localstack.SharedMongo;
import io.pacer.support.security.TokenHashing;

/** The whole service against a real (embedded, KRaft) Kafka broker and the MongoDB-wire server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "spring.cloud.stream.kafka.binder.brokers=${spring.embedded.kafka.brokers}",
        "pacer.alert.reference-wait=5s" })
@EmbeddedKafka(partitions = 2, topics = { Topics.FIGURES, Topics.REFERENCE, Topics.ALERTS, Topics.FIGURES_DLQ },
        brokerProperties = { "transaction.state.log.replication.factor=1", "transaction.state.log.min.isr=1" })
class AlertServiceIT {

    private static final String ADMIN = "it-admin-token";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("pacer.mongo.uri", SharedMongo::uri);
        registry.add("pacer.mongo.database", () -> SharedMongo.uniqueDatabase("alert_it"));
    }

    @LocalServerPort
    int port;
    @Value("${spring.embedded.kafka.brokers}")
    String brokers;

    private KafkaProducer<String, byte[]> producer(String transactionalId) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        if (transactionalId != null) {
            props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        }
        return new KafkaProducer<>(props);
    }

    private KafkaConsumer<String, byte[]> consumer(String topic) {
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers, ConsumerConfig.GROUP_ID_CONFIG, "it-" + topic,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest", ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed"), new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(topic));
        return consumer;
    }

    private static FigureEvent completed(String ytd, int reported) {
        return new FigureEvent("gxq", "d1", "projects_completed", "2026-09", new BigDecimal(ytd), null, null, null,
                reported, 1, Ranks.NONE, Ranks.NONE);
    }

    private HttpResponse<String> http(String method, String path, String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Polls until {@code expected} records came (or {@code within} passed), then {@code settle} longer for extras. */
    private static List<ConsumerRecord<String, byte[]>> poll(KafkaConsumer<String, byte[]> consumer, int expected,
            Duration within, Duration settle) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        Instant deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline) && records.size() < expected) {
            consumer.poll(Duration.ofMillis(200)).forEach(records::add);
        }
        Instant settled = Instant.now().plus(settle);
        while (Instant.now().isBefore(settled)) {
            consumer.poll(Duration.ofMillis(200)).forEach(records::add);
        }
        return records;
    }

    @Test
    void aTargetSetOverRestAndLaggingFiguresNotifyOnceOnPacerAlertsIncludingTheForecastMiss() throws Exception {
        try (KafkaProducer<String, byte[]> plain = producer(null);
                KafkaProducer<String, byte[]> transactional = producer("it-aggregate");
                KafkaConsumer<String, byte[]> alerts = consumer(Topics.ALERTS);
                KafkaConsumer<String, byte[]> dead = consumer(Topics.FIGURES_DLQ)) {
            for (Object record : Reference.all()) {
                plain.send(new ProducerRecord<>(Topics.REFERENCE, ReferenceKeys.of(record), PacerJson.write(record)));
            }
            TokenRecord admin = new TokenRecord(TokenHashing.sha256Hex(ADMIN), Role.STATISTICS, null, null, false,
                    Instant.now());
            plain.send(new ProducerRecord<>(Topics.REFERENCE, ReferenceKeys.of(admin), PacerJson.write(admin))).get();
            assertThat(awaitStatus("/api/v1/targets?year=2026", 200)).isTrue();

            HttpResponse<String> put = http("PUT", "/api/v1/targets/2026/gxq/projects_completed",
                    "{\"annualTarget\": 12}", ADMIN);
            assertThat(put.statusCode()).as(put.body()).isEqualTo(200);

            transactional.initTransactions();
            transactional.beginTransaction();
            transactional.send(new ProducerRecord<>(Topics.FIGURES, "d1", PacerJson.write(completed("0", 1))));
            transactional.abortTransaction(); // read_committed: never seen
            transactional.beginTransaction();
            transactional.send(new ProducerRecord<>(Topics.FIGURES, "d1", PacerJson.write(completed("7", 1))));
            transactional.send(new ProducerRecord<>(Topics.FIGURES, "d1", PacerJson.write(completed("7", 1))));
            transactional.commitTransaction();
            plain.send(new ProducerRecord<>(Topics.FIGURES, "d1", "not json".getBytes(StandardCharsets.UTF_8)));

            List<ConsumerRecord<String, byte[]>> fired = poll(alerts, 2, Duration.ofSeconds(30),
                    Duration.ofSeconds(3));
            List<ConsumerRecord<String, byte[]>> deadLettered = poll(dead, 1, Duration.ofSeconds(30),
                    Duration.ZERO);

            assertThat(fired).allSatisfy(record -> assertThat(record.key()).isEqualTo("gxq"))
                    .extracting(record -> PacerJson.read(record.value(), AlertEvent.class))
                    .as("the aborted ytd 0 would have been RED for both")
                    .extracting(e -> e.rule() + " " + e.transition() + " " + e.severity())
                    .containsExactlyInAnyOrder("PROGRESS_LAG FIRING YELLOW", "FORECAST_MISS FIRING YELLOW");
            AlertEvent forecastMiss = fired.stream().map(r -> PacerJson.read(r.value(), AlertEvent.class))
                    .filter(e -> e.rule() == AlertRule.FORECAST_MISS).findFirst().orElseThrow();
            assertThat(forecastMiss.expectedPct()).as("7 × 12 / 9 of 12").isEqualByComparingTo("77.77777777777778");
            assertThat(http("GET", "/api/v1/forecasts?region=gxq&indicator=projects_completed&year=2026", null,
                    ADMIN).body()).contains("\"method\":\"LINEAR\"", "\"attainmentPct\":77.77777777777778");
            assertThat(deadLettered).singleElement()
                    .satisfies(r -> assertThat(new String(r.value(), StandardCharsets.UTF_8)).isEqualTo("not json"));

            plain.send(new ProducerRecord<>(Topics.FIGURES, "d1", PacerJson.write(completed("9", 2)))).get();
            List<ConsumerRecord<String, byte[]>> resolved = poll(alerts, 2, Duration.ofSeconds(20),
                    Duration.ofSeconds(3));
            assertThat(resolved).as("9 of 12 is on schedule and forecasts 12").extracting(r -> {
                AlertEvent event = PacerJson.read(r.value(), AlertEvent.class);
                return event.rule() + " " + event.transition();
            }).containsExactlyInAnyOrder("PROGRESS_LAG RESOLVED", "FORECAST_MISS RESOLVED");
        }

        assertThat(http("GET", "/actuator/health/readiness", null, null).statusCode()).isEqualTo(200);
        assertThat(http("GET", "/actuator/prometheus", null, null).body())
                .contains("pacer_alerts_firing{severity=\"YELLOW\"}");
    }

    private boolean awaitStatus(String path, int status) throws Exception {
        Instant deadline = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(deadline)) {
            if (http("GET", path, null, ADMIN).statusCode() == status) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }
}
