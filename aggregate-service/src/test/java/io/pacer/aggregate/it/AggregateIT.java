package io.pacer.aggregate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import io.pacer.events.Basis;
import io.pacer.events.Better;
import io.pacer.events.FigureEvent;
import io.pacer.events.PacerJson;
import io.pacer.events.Ranks;
import io.pacer.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;


/** Ledger records in, figures out: MongoDB, pacer.figures, the upper levels, and the dead letters. */
class AggregateIT extends ServiceIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private static final List<ConsumerRecord<String, byte[]>> seen = new CopyOnWriteArrayList<>();
    private static Thread tail;
    private static volatile boolean tailing = true;

    void startTail() {
        synchronized (AggregateIT.class) {
            if (tail != null) {
                return;
            }
            String brokers = broker.getBrokersAsString();
            tail = new Thread(() -> {
                try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                        ConsumerConfig.GROUP_ID_CONFIG, "it-tail-" + UUID.randomUUID(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(),
                        new ByteArrayDeserializer())) {
                    consumer.subscribe(List.of(Topics.FIGURES, Topics.SUBMISSIONS_DLQ));
                    while (tailing) {
                        consumer.poll(Duration.ofMillis(100)).forEach(seen::add);
                    }
                }
            }, "it-tail");
            tail.setDaemon(true);
            tail.start();
        }
    }

    @AfterAll
    static void stopTail() {
        tailing = false;
    }

    List<FigureEvent> figureEvents(String region, String indicator, String period) {
        List<FigureEvent> events = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> r : seen) {
            if (r.topic().equals(Topics.FIGURES)) {
                FigureEvent e = PacerJson.read(r.value(), FigureEvent.class);
                if (e.regionId().equals(region) && e.indicator().equals(indicator) && e.period().equals(period)) {
                    events.add(e);
                }
            }
        }
        return events;
    }

    Document stored(String region, String indicator, String period) {
        return StoredFigures.find(database, region, indicator, period);
    }

    @Test
    void ledgerRecordsBecomeRankedFiguresInMongoAndOnPacerFigures() {
        startTail();
        String p = "a" + UUID.randomUUID().toString().substring(0, 6);
        try (Ledger ledger = ledger()) {
            ledger.city(p);
            ledger.indicator(p + "rev", Basis.CUMULATIVE, Better.HIGHER, null);
            ledger.entity(p + "e1", p + "T1", p + "rev");
            ledger.entity(p + "e2", p + "T2", p + "rev");
            ledger.figure(p + "e1", p + "T1", p + "D1", p + "rev", Basis.CUMULATIVE, "2025-02", "100", null);
            ledger.figure(p + "e1", p + "T1", p + "D1", p + "rev", Basis.CUMULATIVE, "2026-02", "150", null);
            ledger.figure(p + "e2", p + "T2", p + "D1", p + "rev", Basis.CUMULATIVE, "2026-02", "300", "200");
        }
        await().atMost(WAIT).untilAsserted(() -> {
            Document t2 = stored(p + "T2", p + "rev", "2026-02");
            assertThat(t2).isNotNull();
            assertThat(t2.getString("ytd")).isEqualTo("300");
            assertThat(t2.getDouble("growthPct")).isEqualTo(50.0);
            assertThat(t2.get("rank", Document.class).getInteger("value")).isEqualTo(1);
        });
        await().atMost(WAIT).untilAsserted(() -> {
            List<FigureEvent> events = figureEvents(p + "T1", p + "rev", "2026-02");
            assertThat(events).isNotEmpty();
            FigureEvent last = events.get(events.size() - 1);
            assertThat(last.parentId()).isEqualTo(p + "D1");
            assertThat(last.rank()).isEqualTo(new Ranks(2, 1, 2));
            assertThat(last.reported()).isEqualTo(1);
            assertThat(last.expected()).isEqualTo(1);
        });
        // the district level, fed by the re-published totals
        await().atMost(WAIT).untilAsserted(() -> {
            Document d1 = stored(p + "D1", p + "rev", "2026-02");
            assertThat(d1).isNotNull();
            assertThat(d1.getString("ytd")).isEqualTo("450");
            assertThat(d1.getString("parentId")).isEqualTo(p + "C");
            Document city = stored(p + "C", p + "rev", "2026-02");
            assertThat(city).isNotNull();
            assertThat(city.getString("ytd")).isEqualTo("450");
        });
    }

    @Test
    void aPoisonRecordGoesToTheDeadLettersWithItsReasonAndTheRestGoesOn() {
        startTail();
        String p = "b" + UUID.randomUUID().toString().substring(0, 6);
        try (Ledger ledger = ledger()) {
            ledger.city(p);
            ledger.indicator(p + "rev", Basis.CUMULATIVE, Better.HIGHER, null);
            ledger.raw(Topics.SUBMISSIONS, p + "D1", "{not json");
            ledger.raw(Topics.SUBMISSIONS, p + "D1", "{\"schemaVersion\":1,\"entityId\":\"x\"}");
            ledger.figure(p + "e1", p + "T1", p + "D1", p + "rev", Basis.CUMULATIVE, "2026-01", "7", null);
        }
        await().atMost(WAIT).untilAsserted(() -> assertThat(stored(p + "T1", p + "rev", "2026-01")).isNotNull());
        await().atMost(WAIT).untilAsserted(() -> {
            List<String> reasons = new ArrayList<>();
            for (ConsumerRecord<String, byte[]> r : seen) {
                if (r.topic().equals(Topics.SUBMISSIONS_DLQ) && (p + "D1").equals(r.key())) {
                    Header reason = r.headers().lastHeader("pacer_dlq_reason");
                    reasons.add(reason == null ? "" : new String(reason.value(), StandardCharsets.UTF_8));
                }
            }
            assertThat(reasons).hasSize(2);
            assertThat(reasons.get(1)).contains("is missing");
        });
    }

    /**
     * Issue 13: what a misbehaving producer writes straight onto the ledger, between good records. Each bad record
     * is dead-lettered with its reason; the good ones around it are ranked, and so are those that come after.
     */
    @Test
    void garbageAndHostileRecordsWrittenStraightOntoTheLedgerAreDeadLetteredAndTheGoodOnesRanked() {
        startTail();
        String p = "h" + UUID.randomUUID().toString().substring(0, 6);
        String d1 = p + "D1";
        String hostile = """
                {"schemaVersion":1,"submissionId":"s-%s","entityId":"%se9","regionId":"%sT1","parentRegionId":"%s",
                 "indicator":"%srev","basis":"CUMULATIVE","period":"2026-01","value":%s,"acceptedAt":"2026-03-05T08:00:00Z"}""";
        try (Ledger ledger = ledger()) {
            ledger.city(p);
            ledger.indicator(p + "rev", Basis.CUMULATIVE, Better.HIGHER, null);
            ledger.figure(p + "e1", p + "T1", d1, p + "rev", Basis.CUMULATIVE, "2026-01", "100", null);
            ledger.raw(Topics.SUBMISSIONS, d1, new byte[] {(byte) 0xC3, 0x28, 0x00, (byte) 0xFF, 0x7B});
            ledger.raw(Topics.SUBMISSIONS, d1, hostile.formatted(1, p, p, d1, p, "1e-100000000"));
            ledger.figure(p + "e2", p + "T2", d1, p + "rev", Basis.CUMULATIVE, "2026-01", "300", null);
            ledger.raw(Topics.SUBMISSIONS, d1, hostile.formatted(2, p, p, d1, p, "0E-100000000"));
            ledger.raw(Topics.SUBMISSIONS, d1, hostile.formatted(3, p, p, d1, p, "\"300\""));
            ledger.raw(Topics.SUBMISSIONS, d1, "{\"schemaVersion\":1,\"entityId\":\"" + p + "e9\"}");
            ledger.raw(Topics.SUBMISSIONS, d1, hostile.formatted(4, p, p, d1, p, "1e16"));
            ledger.figure(p + "e3", p + "T3", d1, p + "rev", Basis.CUMULATIVE, "2026-01", "200", null);
        }
        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(rank(p + "T2", p + "rev")).isEqualTo(1);
            assertThat(rank(p + "T3", p + "rev")).isEqualTo(2);
            assertThat(rank(p + "T1", p + "rev")).isEqualTo(3);
            assertThat(stored(p + "T1", p + "rev", "2026-01").getString("ytd")).isEqualTo("100");
        });
        await().atMost(WAIT).untilAsserted(() -> assertThat(deadLetterReasons(d1)).satisfiesExactly(
                garbage -> assertThat(garbage).startsWith("not a SubmissionRecord"),
                tiny -> assertThat(tiny).isEqualTo("value has more than 6 decimals, was 1E-100000000"),
                zero -> assertThat(zero).isEqualTo("value has more than 6 decimals, was 0E-100000000"),
                text -> assertThat(text).contains("value must be a number"),
                missing -> assertThat(missing).contains("is missing"),
                huge -> assertThat(huge).startsWith("value must be within ±1e15")));
    }

    private Integer rank(String region, String indicator) {
        Document figure = stored(region, indicator, "2026-01");
        return figure == null ? null : figure.get("rank", Document.class).getInteger("value");
    }

    private List<String> deadLetterReasons(String key) {
        List<String> reasons = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> r : seen) {
            if (r.topic().equals(Topics.SUBMISSIONS_DLQ) && key.equals(r.key())) {
                Header reason = r.headers().lastHeader("pacer_dlq_reason");
                reasons.add(reason == null ? "" : new String(reason.value(), StandardCharsets.UTF_8));
            }
        }
        return reasons;
    }

    @Test
    void aRecordIsRankedWithinSecondsOfReachingTheLedger() {
        String p = "l" + UUID.randomUUID().toString().substring(0, 6);
        try (Ledger ledger = ledger()) {
            ledger.city(p);
            ledger.indicator(p + "rev", Basis.CUMULATIVE, Better.HIGHER, null);
            ledger.figure(p + "e1", p + "T1", p + "D1", p + "rev", Basis.CUMULATIVE, "2026-01", "1", null);
            await().atMost(WAIT).until(() -> stored(p + "T1", p + "rev", "2026-01") != null);
            long start = System.nanoTime();
            ledger.figure(p + "e2", p + "T2", p + "D1", p + "rev", Basis.CUMULATIVE, "2026-01", "5", null);
            await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(10)).untilAsserted(() -> assertThat(
                    stored(p + "T1", p + "rev", "2026-01").get("rank", Document.class).getInteger("value"))
                    .isEqualTo(2));
            System.out.printf("LATENCY ledger record to stored ranking: %d ms%n",
                    (System.nanoTime() - start) / 1_000_000);
        }
    }
}
