package io.pacer.alert.it;

import static io.pacer.alert.it.AlertInstance.await;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;

import io.pacer.alert.Reference;
import io.pacer.alert.notify.WebhookReceiver;
import io.pacer.events.AlertEvent;
import io.pacer.events.AlertRule;
import io.pacer.events.AlertState;
import io.pacer.events.Basis;
import io.pacer.events.EntityType;
import io.pacer.events.FigureEvent;
import io.pacer.events.PacerJson;
import io.pacer.events.Ranks;
import io.pacer.events.ReferenceKeys;
import io.pacer.events.Region;
import io.pacer.events.RegionLevel;
import io.pacer.events.ReportingEntity;
import io.pacer.events.Role;
import io.pacer.events.SubmissionRecord;
import io.pacer.events.TokenRecord;
import io.pacer.events.Topics;
import io.pacer.events.TransitionKind;
import io.pacer.localstack.SharedMongo;
import io.pacer.support.security.TokenHashing;

/**
 * Two alert-service instances in the same consumer groups, on one broker and one MongoDB database: each judges
 * the partitions it owns, either answers every query alike and streams every transition, and when one stops the
 * other takes its partitions over without notifying anything again.
 */
@EmbeddedKafka(partitions = 2, topics = { Topics.FIGURES, Topics.SUBMISSIONS, Topics.REFERENCE, Topics.ALERTS,
        Topics.TARGETS, Topics.PROJECTS, Topics.FIGURES_DLQ, Topics.SUBMISSIONS_DLQ })
class TwoInstancesIT {

    private static final String ADMIN = "two-instances-admin-token";
    private static final String INDICATOR = "projects_completed";
    /** Keyed by d1 (ta's parent) and d2 (tc's parent): the ledger's two partitions, one each. */
    private static final Region DISTRICT_2 = new Region("d2", "二区", "District 2", "city", RegionLevel.DISTRICT);
    private static final Region TOWN_C = new Region("tc", "丙镇", "Town C", "d2", RegionLevel.TOWN);
    private static final Map<String, String> ENTITIES = Map.of("e-ta-1", "ta", "e-ta-2", "ta", "e-tc-1", "tc",
            "e-tc-2", "tc");

    @Test
    void eachEntityIsJudgedOnceEitherInstanceAnswersAndStreamsAllAndTheSurvivorGoesOnWithoutRepeating(
            EmbeddedKafkaBroker broker) throws Exception {
        String brokers = broker.getBrokersAsString();
        String database = SharedMongo.uniqueDatabase("alert_two");
        assertThat(partition("d1")).as("the test's two parents fall on different partitions")
                .isNotEqualTo(partition("d2"));
        try (KafkaProducer<String, byte[]> producer = KafkaTaps.producer(brokers);
                KafkaConsumer<String, byte[]> alerts = KafkaTaps.consumer(brokers);
                WebhookReceiver hook = new WebhookReceiver();
                AlertInstance a = AlertInstance.start(brokers, database, ADMIN)) {
            sendReference(producer);
            await("targets answer", Duration.ofSeconds(90),
                    () -> status(a, "/api/v1/targets?year=2026") == 200);
            assertThat(a.clockNow()).isBetween(AlertInstance.NOW, AlertInstance.NOW.plusSeconds(600));
            assertThat(a.http("POST", "/api/v1/subscriptions", "{\"regionIds\": [\"city\"], \"rules\": "
                    + "[\"MISSING_REPORT\"], \"channel\": \"webhook\", \"address\": \"" + hook.url() + "\"}")
                    .statusCode()).isEqualTo(201);
            try (AlertInstance b = AlertInstance.start(brokers, database, ADMIN)) {
                await("one ledger and one figure partition each", Duration.ofSeconds(90),
                        () -> a.owned(Topics.SUBMISSIONS).size() == 1 && b.owned(Topics.SUBMISSIONS).size() == 1
                                && a.owned(Topics.FIGURES).size() == 1 && b.owned(Topics.FIGURES).size() == 1);
                KafkaTaps.awaitFeeds(brokers);
                List<String> streamOnB = b.stream();
                await("B's stream open", Duration.ofSeconds(10), () -> streamOnB.contains(":open"));

                b.checkMissingReports();
                List<AlertEvent> judgedOnB = KafkaTaps.poll(alerts, 2);
                a.checkMissingReports();
                List<AlertEvent> judgedOnA = KafkaTaps.poll(alerts, 2);
                a.checkMissingReports();
                b.checkMissingReports();
                assertThat(KafkaTaps.quiet(alerts)).as("judged again: nothing new").isEmpty();

                assertThat(entities(judgedOnA)).as("A judges the entities of its ledger partition")
                        .isEqualTo(entitiesOn(a.owned(Topics.SUBMISSIONS)));
                assertThat(entities(judgedOnB)).isEqualTo(entitiesOn(b.owned(Topics.SUBMISSIONS)));
                assertThat(concat(judgedOnA, judgedOnB)).allSatisfy(e -> {
                    assertThat(e.rule()).isEqualTo(AlertRule.MISSING_REPORT);
                    assertThat(e.transition()).isEqualTo(TransitionKind.FIRING);
                });
                for (AlertEvent e : judgedOnA) {
                    await("B streams " + e.alertId() + " judged on A", Duration.ofSeconds(15),
                            () -> streamOnB.contains("id:" + e.alertId() + ":" + e.sequence()));
                }

                AlertEvent acked = judgedOnA.get(1);
                assertThat(b.http("POST", "/api/v1/alerts/" + acked.alertId() + "/ack",
                        "{\"by\": \"B's user\", \"note\": \"on it\"}").statusCode())
                        .as("B acknowledges an alert A judged").isEqualTo(200);

                sendFigure(producer, "ta", "d1", "3");
                sendFigure(producer, "tc", "d2", "5");
                for (String path : List.of("/api/v1/alerts", "/api/v1/alerts?state=FIRING&region=d2",
                        "/api/v1/alerts/" + judgedOnA.get(0).alertId(),
                        "/api/v1/forecasts?region=ta&indicator=" + INDICATOR + "&year=2026",
                        "/api/v1/forecasts?region=tc&indicator=" + INDICATOR + "&year=2026",
                        "/api/v1/forecasts?parent=d2&year=2026", "/api/v1/analysis?parent=d1&period=2026-05",
                        "/api/v1/targets?year=2026", "/api/v1/subscriptions")) {
                    await(path + " answered alike", Duration.ofSeconds(20),
                            () -> status(a, path) == 200 && body(a, path).equals(body(b, path)));
                }
                assertThat(a.get("/api/v1/alerts")).contains(ENTITIES.keySet().toArray(String[]::new));
                assertThat(b.get("/api/v1/forecasts?parent=d2&year=2026")).contains("\"tc\"");

                a.close();
                await("B owns both ledger partitions", Duration.ofSeconds(90),
                        () -> b.owned(Topics.SUBMISSIONS).size() == 2 && b.owned(Topics.FIGURES).size() == 2);
                String moved = judgedOnA.get(0).entityId();
                submit(producer, moved);
                List<AlertEvent> resolved = KafkaTaps.poll(alerts, 1);
                assertThat(resolved).as("the figure resolves on the new owner, which knows the alert fires")
                        .singleElement().satisfies(e -> {
                            assertThat(e.entityId()).isEqualTo(moved);
                            assertThat(e.state()).isEqualTo(AlertState.RESOLVED);
                        });
                b.checkMissingReports();
                assertThat(KafkaTaps.quiet(alerts)).as("what A fired fires on, unannounced").isEmpty();

                await("the webhook heard 5 transitions", Duration.ofSeconds(20), () -> mentions(hook) >= 5);
                Thread.sleep(2000);
                assertThat(mentions(hook)).as("each firing and the resolution, once").isEqualTo(5);
                Set<String> sent = new HashSet<>();
                for (AlertEvent e : concat(concat(judgedOnA, judgedOnB), resolved)) {
                    assertThat(sent.add(e.alertId() + "#" + e.sequence())).as("published once: %s", e).isTrue();
                }
            }
        }
    }

    private static int partition(String key) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % 2;
    }

    private static Set<String> entitiesOn(Set<Integer> partitions) {
        Set<String> found = new HashSet<>();
        ENTITIES.forEach((entity, town) -> {
            if (partitions.contains(partition(town.equals("ta") ? "d1" : "d2"))) {
                found.add(entity);
            }
        });
        return found;
    }

    private static Set<String> entities(List<AlertEvent> events) {
        Set<String> found = new HashSet<>();
        events.forEach(e -> found.add(e.entityId()));
        return found;
    }

    /** How many alerts the webhook's deliveries carried, counting each entity's mention once per delivery. */
    private static int mentions(WebhookReceiver hook) {
        int count = 0;
        for (WebhookReceiver.Received received : hook.received()) {
            for (String entity : ENTITIES.keySet()) {
                count += received.body().contains("\"" + entity + "\"") ? 1 : 0;
            }
        }
        return count;
    }

    private static void sendReference(KafkaProducer<String, byte[]> producer) throws Exception {
        List<Object> records = new ArrayList<>(Reference.all());
        records.add(DISTRICT_2);
        records.add(TOWN_C);
        Instant may = Instant.parse("2026-05-01T01:00:00Z");
        ENTITIES.forEach((entity, town) -> records.add(new ReportingEntity(entity, entity, EntityType.ENTERPRISE,
                town, List.of(INDICATOR), may)));
        records.add(new TokenRecord(TokenHashing.sha256Hex(ADMIN), Role.STATISTICS, null, null, false,
                Instant.now()));
        for (Object record : records) {
            producer.send(new ProducerRecord<>(Topics.REFERENCE, ReferenceKeys.of(record), PacerJson.write(record)))
                    .get();
        }
    }

    private static void sendFigure(KafkaProducer<String, byte[]> producer, String region, String parent,
            String ytd) throws Exception {
        FigureEvent event = new FigureEvent(region, parent, INDICATOR, "2026-05", new BigDecimal(ytd), null, null,
                null, 1, 1, Ranks.NONE, Ranks.NONE);
        producer.send(new ProducerRecord<>(Topics.FIGURES, parent, PacerJson.write(event))).get();
    }

    /** May's figure of the entity on the ledger, keyed by its region's parent as ingest-service keys it. */
    private static void submit(KafkaProducer<String, byte[]> producer, String entity) throws Exception {
        String town = ENTITIES.get(entity);
        String parent = town.equals("ta") ? "d1" : "d2";
        SubmissionRecord record = new SubmissionRecord("s-" + entity, entity, town, parent, INDICATOR,
                Basis.CUMULATIVE, "2026-05", BigDecimal.ONE, null, Instant.now(), List.of());
        producer.send(new ProducerRecord<>(Topics.SUBMISSIONS, parent, PacerJson.write(record))).get();
    }

    private static int status(AlertInstance instance, String path) {
        try {
            return instance.http("GET", path, null).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private static String body(AlertInstance instance, String path) {
        try {
            return instance.http("GET", path, null).body();
        } catch (Exception e) {
            return "unanswered: " + e;
        }
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
