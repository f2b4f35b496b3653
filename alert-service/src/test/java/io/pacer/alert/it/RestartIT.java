package io.pacer.alert.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;

import io.pacer.alert.AlertApplication;
import io.pacer.alert.Reference;
import io.pacer.events.AlertEvent;
import io.pacer.events.FigureEvent;
import io.pacer.events.PacerJson;
import io.pacer.events.Ranks;
import io.pacer.events.ReferenceKeys;
import io.pacer.events.Role;
import io.pacer.events.TokenRecord;
import io.pacer.events.Topics;
import io.pacer.events.TransitionKind;
import io.pacer.localstack.SharedMongo;
import io.pacer.support.security.TokenHashing;

/**
 * alert-service stopped mid-stream and started again: what it judged before is restored into memory from the
 * topics and not judged again, so nothing already notified is sent twice; then a rebuild from the topics leaves
 * every alert exactly as it was and sends nothing.
 */
@EmbeddedKafka(partitions = 2, topics = { Topics.FIGURES, Topics.REFERENCE, Topics.ALERTS, Topics.FIGURES_DLQ,
        Topics.TARGETS, Topics.SUBMISSIONS })
class RestartIT {

    private static final String ADMIN = "restart-it-admin-token";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String INDICATOR = "projects_completed";

    @Test
    void aRestartRestoresWithoutNotifyingAgainAndARebuildChangesNothing(EmbeddedKafkaBroker broker) throws Exception {
        String brokers = broker.getBrokersAsString();
        String database = SharedMongo.uniqueDatabase("alert_restart");
        List<AlertEvent> before;
        try (KafkaProducer<String, byte[]> producer = producer(brokers);
                KafkaConsumer<String, byte[]> alerts = consumer(brokers)) {
            for (Object record : Reference.all()) {
                producer.send(new ProducerRecord<>(Topics.REFERENCE, ReferenceKeys.of(record), PacerJson.write(record)));
            }
            TokenRecord admin = new TokenRecord(TokenHashing.sha256Hex(ADMIN), Role.STATISTICS, null, null, false,
                    Instant.now());
            producer.send(new ProducerRecord<>(Topics.REFERENCE, ReferenceKeys.of(admin), PacerJson.write(admin)));

            try (ConfigurableApplicationContext first = start(brokers, database)) {
                int port = port(first);
                awaitStatus(port, "/api/v1/targets?year=2026", 200);
                for (String town : List.of("gxq", "ta", "tb")) {
                    assertThat(http(port, "PUT", "/api/v1/targets/2026/" + town + "/" + INDICATOR,
                            "{\"annualTarget\": 12}").statusCode()).isEqualTo(200);
                }
                send(producer, 1, 3, new int[][] { { 1, 1, 1 }, { 1, 2, 3 }, { 1, 2, 2 } });
                before = poll(alerts, 3, Duration.ofSeconds(60));
                // at March: gxq 1 of 12 is behind schedule; gxq and tb forecast 4 and 8 of 12
                assertThat(before).extracting(e -> e.regionId() + " " + e.rule() + " " + e.transition() + " "
                        + e.severity()).containsExactlyInAnyOrder("gxq PROGRESS_LAG FIRING YELLOW",
                                "gxq FORECAST_MISS FIRING RED", "tb FORECAST_MISS FIRING RED");
            }

            send(producer, 4, 6, new int[][] { { 1, 1, 1 }, { 4, 5, 6 }, { 2, 2, 2 } });
            try (ConfigurableApplicationContext second = start(brokers, database)) {
                int port = port(second);
                List<AlertEvent> after = poll(alerts, 2, Duration.ofSeconds(90));
                assertThat(after).as("nothing judged before the restart is sent again")
                        .noneMatch(e -> e.regionId().equals("gxq") && e.transition() != TransitionKind.SEVERITY_CHANGED)
                        .anyMatch(e -> e.regionId().equals("tb") && e.transition() == TransitionKind.FIRING);
                String firing = awaitBody(port, "/api/v1/alerts?state=FIRING", "\"tb\"");
                assertThat(firing).contains("\"severity\":\"RED\"").doesNotContain("\"ta\"");

                String listed = http(port, "GET", "/api/v1/alerts", null).body();
                HttpResponse<String> rebuild = http(port, "POST", "/api/v1/admin/rebuild", null);
                assertThat(rebuild.statusCode()).as(rebuild.body()).isEqualTo(200);
                assertThat(rebuild.body()).contains("\"transitions\":0").contains("\"targets\":3");
                assertThat(http(port, "GET", "/api/v1/alerts", null).body()).as("byte for byte").isEqualTo(listed);
                List<AlertEvent> afterRebuild = poll(alerts, 1, Duration.ofSeconds(3));
                assertThat(afterRebuild).isEmpty();

                Set<String> transitions = new HashSet<>();
                for (AlertEvent e : concat(before, after)) {
                    assertThat(transitions.add(e.alertId() + "#" + e.sequence())).as("sent once: %s", e).isTrue();
                }
            }
        }
    }

    /** Months {@code from..to} of 2026 for gxq, ta and tb (one row each), as the aggregate would publish them. */
    private static void send(KafkaProducer<String, byte[]> producer, int from, int to, int[][] ytd) throws Exception {
        List<String> towns = List.of("gxq", "ta", "tb");
        for (int m = from; m <= to; m++) {
            for (int t = 0; t < towns.size(); t++) {
                FigureEvent event = new FigureEvent(towns.get(t), "d1", INDICATOR, String.format("2026-%02d", m),
                        BigDecimal.valueOf(ytd[t][m - from]), null, null, null, 1, 1, Ranks.NONE, Ranks.NONE);
                producer.send(new ProducerRecord<>(Topics.FIGURES, "d1", PacerJson.write(event))).get();
            }
        }
    }

    private static ConfigurableApplicationContext start(String brokers, String database) {
        return new SpringApplicationBuilder(AlertApplication.class).run("--server.port=0",
                "--spring.kafka.bootstrap-servers=" + brokers, "--spring.cloud.stream.kafka.binder.brokers=" + brokers,
                "--pacer.mongo.uri=" + SharedMongo.uri(), "--pacer.mongo.database=" + database,
                "--pacer.alert.missing-report.initial-delay=1h", "--pacer.alert.reference-wait=5s");
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    private static KafkaProducer<String, byte[]> producer(String brokers) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers),
                new StringSerializer(), new ByteArraySerializer());
    }

    private static KafkaConsumer<String, byte[]> consumer(String brokers) {
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers, ConsumerConfig.GROUP_ID_CONFIG, "restart-it",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(),
                new ByteArrayDeserializer());
        consumer.subscribe(List.of(Topics.ALERTS));
        return consumer;
    }

    /** What arrives until {@code expected} came and 3 s more passed, or {@code within} is over. */
    private static List<AlertEvent> poll(KafkaConsumer<String, byte[]> consumer, int expected, Duration within) {
        List<AlertEvent> events = new ArrayList<>();
        Instant deadline = Instant.now().plus(within);
        Instant settle = null;
        while (Instant.now().isBefore(settle == null ? deadline : settle)) {
            consumer.poll(Duration.ofMillis(200)).forEach(r -> events.add(PacerJson.read(r.value(), AlertEvent.class)));
            if (settle == null && events.size() >= expected) {
                settle = Instant.now().plusSeconds(3);
            }
        }
        return events;
    }

    private static List<AlertEvent> concat(List<AlertEvent> a, List<AlertEvent> b) {
        List<AlertEvent> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static HttpResponse<String> http(int port, String method, String path, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + ADMIN).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void awaitStatus(int port, String path, int status) throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        while (http(port, "GET", path, null).statusCode() != status && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
    }

    private static String awaitBody(int port, String path, String contains) throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        String body = http(port, "GET", path, null).body();
        while (!body.contains(contains) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            body = http(port, "GET", path, null).body();
        }
        return body;
    }
}
