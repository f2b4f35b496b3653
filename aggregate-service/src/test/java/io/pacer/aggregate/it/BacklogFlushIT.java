package io.pacer.aggregate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import io.pacer.aggregate.figure.RegionFigure;
import io.pacer.aggregate.reference.ReferenceBook;
import io.pacer.aggregate.store.Documents;
import io.pacer.events.Basis;
import io.pacer.events.Better;
import io.pacer.events.EntityType;
import io.pacer.events.FigureEvent;
import io.pacer.events.Indicator;
import io.pacer.events.PacerJson;
import io.pacer.events.Region;
import io.pacer.events.RegionLevel;
import io.pacer.events.ReportingEntity;
import io.pacer.events.SubmissionRecord;
import io.pacer.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * A backlog spread over every ledger partition (old records, made visible at once by one transaction) is flushed
 * as one: each figure is published once with its final value, the upper levels included, rather than once per
 * partition state's flush; and the final figures equal what one engine computes from the same ledger.
 */
class BacklogFlushIT extends ServiceIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final int PARTITIONS = 3;
    private static final List<String> PERIODS = List.of("2026-01", "2026-02", "2026-03");
    /** Every month of the year: a CUMULATIVE figure goes on to December. */
    private static final List<String> MONTHS = java.util.stream.IntStream.rangeClosed(1, 12)
            .mapToObj(m -> "2026-%02d".formatted(m)).toList();
    private static final int ROUNDS = 150;

    @Autowired
    ReferenceBook book;

    @Test
    void aBacklogOverSeveralPartitionsPublishesEachFigureAboutOnceEndingWithTheValueOneEngineComputes() {
        String p = "k" + UUID.randomUUID().toString().substring(0, 6);
        String indicator = p + "rev";
        Indicator rev = new Indicator(indicator, indicator, indicator, "万元", Basis.CUMULATIVE, Better.HIGHER, null,
                true);
        List<Region> regions = new ArrayList<>(List.of(new Region(p + "C", "市", "City", null, RegionLevel.CITY)));
        List<ReportingEntity> entities = new ArrayList<>();
        List<OneEngine.Figure> figures = new ArrayList<>();
        List<String> districts = OneEngine.districtsOnEveryPartition(p, PARTITIONS, 2);
        for (String district : districts) {
            regions.add(new Region(district, district, district, p + "C", RegionLevel.DISTRICT));
            for (int t = 1; t <= 3; t++) {
                String town = district + "T" + t;
                regions.add(new Region(town, town, town, district, RegionLevel.TOWN));
                for (int e = 1; e <= 2; e++) {
                    String entity = town + "e" + e;
                    entities.add(new ReportingEntity(entity, entity, EntityType.ENTERPRISE, town, List.of(indicator),
                            Ledger.AT));
                }
            }
        }
        // the first partition's districts send each month once; the others revise theirs round after round, so
        // that their states are still reading the backlog well after the first one has read all of its own
        List<String> onFirstPartition = districts.subList(0, 2);
        int n = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            for (String period : PERIODS) {
                for (ReportingEntity entity : entities) {
                    OneEngine.Figure f = record(entity, indicator, period, String.valueOf(++n % 97 + 1),
                            String.valueOf(n % 13 + 1));
                    if (round == 1 || !onFirstPartition.contains(f.district())) {
                        figures.add(f);
                    }
                }
            }
        }
        try (Ledger ledger = ledger()) {
            regions.forEach(ledger::reference);
            ledger.reference(rev);
            entities.forEach(ledger::reference);
        }
        // the registers are in before the ledger: a register change publishes what it moves at once
        await().atMost(WAIT).until(() -> book.entity(entities.get(entities.size() - 1).id()) != null);
        writeInOneTransaction(figures);

        Map<String, RegionFigure> expected = OneEngine.figures(regions, List.of(rev), entities, figures, MONTHS);
        assertThat(expected).hasSize(regions.size() * MONTHS.size());
        await().atMost(WAIT).untilAsserted(() -> {
            for (RegionFigure want : expected.values()) {
                Document stored = StoredFigures.find(database, want.regionId(), indicator, want.period().toString());
                assertThat(stored).as(want.regionId() + " " + want.period()).isNotNull();
                assertThat(Documents.figure(stored).sameAs(want)).as("stored %s, one engine %s", stored, want)
                        .isTrue();
            }
        });

        // a ranking is stored once Kafka has acknowledged its events: every event behind the final figures is there
        Map<String, List<FigureEvent>> events = figureEvents(indicator);
        Map<String, Integer> counts = new TreeMap<>();
        events.forEach((key, published) -> counts.put(key, published.size()));
        System.out.printf("BACKLOG %d ledger records: %d figure events for %d figures, at most %d per figure%n",
                figures.size(), counts.values().stream().mapToInt(Integer::intValue).sum(), expected.size(),
                counts.values().stream().mapToInt(Integer::intValue).max().orElse(0));
        assertThat(counts.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        // each state on its own clock published 504 events here, up to 2 per figure; one clock publishes each
        // figure once, and a scheduling pause longer than the idle moment may flush an upper level once more
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(total).as("figure events for %d figures", expected.size()).isLessThan(expected.size() * 5 / 4);
        assertThat(counts).as("events per figure").allSatisfy((key, count) -> assertThat(count).as(key)
                .isBetween(1, 2));
        events.forEach((key, published) -> {
            RegionFigure want = expected.get(key);
            FigureEvent last = published.get(published.size() - 1);
            assertThat(last.ytd()).as(key).isEqualByComparingTo(want.ytd());
            assertThat(last.rank()).as(key).isEqualTo(want.rank());
        });
    }

    private static OneEngine.Figure record(ReportingEntity entity, String indicator, String period, String value,
            String prior) {
        String town = entity.regionId();
        return new OneEngine.Figure(entity.id(), town, town.substring(0, town.lastIndexOf('T')), indicator, period,
                value, prior);
    }

    /** The ledger records, keyed by district as ingest writes them, visible to read_committed readers at once. */
    private void writeInOneTransaction(List<OneEngine.Figure> figures) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "backlog-it-" + UUID.randomUUID()), new StringSerializer(),
                new ByteArraySerializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            for (OneEngine.Figure f : figures) {
                SubmissionRecord record = new SubmissionRecord("sub-" + UUID.randomUUID(), f.entity(), f.town(),
                        f.district(), f.indicator(), Basis.CUMULATIVE, f.period(), new BigDecimal(f.value()),
                        new BigDecimal(f.prior()), Ledger.AT, List.of(), false);
                producer.send(new ProducerRecord<>(Topics.SUBMISSIONS, f.district(), PacerJson.write(record)));
            }
            producer.commitTransaction();
        }
    }

    /** Every event of the indicator on pacer.figures up to its current end, by "regionId|indicator|period". */
    private Map<String, List<FigureEvent>> figureEvents(String indicator) {
        Map<String, List<FigureEvent>> events = new TreeMap<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ConsumerConfig.GROUP_ID_CONFIG, "backlog-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.FIGURES).stream()
                    .map(info -> new TopicPartition(Topics.FIGURES, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (ends.entrySet().stream().anyMatch(end -> consumer.position(end.getKey()) < end.getValue())) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    FigureEvent e = PacerJson.read(r.value(), FigureEvent.class);
                    if (e.indicator().equals(indicator)) {
                        events.computeIfAbsent(e.regionId() + "|" + e.indicator() + "|" + e.period(),
                                k -> new ArrayList<>()).add(e);
                    }
                }
            }
        }
        return events;
    }
}
