package io.pacer.aggregate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import io.pacer.aggregate.figure.RegionFigure;
import io.pacer.aggregate.store.Documents;
import io.pacer.aggregate.store.FigureStore;
import io.pacer.events.Basis;
import io.pacer.events.Better;
import io.pacer.events.EntityType;
import io.pacer.events.Indicator;
import io.pacer.events.Region;
import io.pacer.events.RegionLevel;
import io.pacer.events.ReportingEntity;
import io.pacer.events.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * The ledger at three partitions read by two consumer threads, each applying its own partitions' states: every
 * figure stored equals what one engine fed every record in one pass computes.
 */
class PartitionedLedgerIT extends ServiceIT {

    private static final Duration WAIT = Duration.ofSeconds(40);
    private static final int PARTITIONS = 3;
    private static final List<String> PERIODS = List.of("2026-01", "2026-02");

    @Autowired
    FigureStore store;

    @Test
    void twoConsumerThreadsApplyTheirOwnPartitionsAndTheRankingsEqualOneEnginesResult() throws Exception {
        String p = "m" + UUID.randomUUID().toString().substring(0, 6);
        String indicator = p + "rev";
        List<Region> regions = new ArrayList<>();
        regions.add(new Region(p + "C", "市", "City", null, RegionLevel.CITY));
        List<String> districts = OneEngine.districtsOnEveryPartition(p, PARTITIONS, 2);
        List<ReportingEntity> entities = new ArrayList<>();
        List<OneEngine.Figure> figures = new ArrayList<>();
        int n = 0;
        for (String district : districts) {
            regions.add(new Region(district, district, district, p + "C", RegionLevel.DISTRICT));
            for (int t = 1; t <= 2; t++) {
                String town = district + "T" + t;
                regions.add(new Region(town, town, town, district, RegionLevel.TOWN));
                String entity = town + "e";
                entities.add(new ReportingEntity(entity, entity, EntityType.ENTERPRISE, town, List.of(indicator),
                        Ledger.AT));
                n++;
                figures.add(new OneEngine.Figure(entity, town, district, indicator, "2026-01",
                        String.valueOf(10 * n % 37 + 1), String.valueOf(n % 5 + 1)));
                figures.add(new OneEngine.Figure(entity, town, district, indicator, "2026-02",
                        String.valueOf(10 * n % 37 + 1 + n % 7), String.valueOf(n % 5 + 3)));
            }
        }
        Indicator rev = new Indicator(indicator, indicator, indicator, "万元", Basis.CUMULATIVE, Better.HIGHER, null,
                true);
        try (Ledger ledger = ledger()) {
            regions.forEach(ledger::reference);
            ledger.reference(rev);
            entities.forEach(ledger::reference);
            for (OneEngine.Figure f : figures) {
                ledger.figure(f.entity(), f.town(), f.district(), indicator, Basis.CUMULATIVE, f.period(), f.value(),
                        f.prior());
            }
        }

        Map<TopicPartition, Long> ends = ledgerEnds();
        Map<String, RegionFigure> expected = OneEngine.figures(regions, List.of(rev), entities, figures, PERIODS);
        assertThat(expected).hasSize(regions.size() * PERIODS.size());
        await().atMost(WAIT).untilAsserted(() -> {
            for (RegionFigure want : expected.values()) {
                Document stored = StoredFigures.find(database, want.regionId(), indicator, want.period().toString());
                assertThat(stored).as(want.regionId() + " " + want.period()).isNotNull();
                RegionFigure got = Documents.figure(stored);
                assertThat(got.sameAs(want)).as("stored %s, one engine %s", got, want).isTrue();
            }
        });

        // two consumers of the ledger in this instance, each owning some of its partitions; each partition was
        // applied up to this test's last record on it (its checkpoint is stored)
        // (awaited: a cooperative rebalance moves a partition in two steps, revoked first, assigned a round later)
        await().atMost(WAIT).untilAsserted(() -> assertThat(ledgerAssignments()).hasSize(2)
                .allSatisfy(owned -> assertThat(owned).isNotEmpty()));
        await().atMost(WAIT).untilAsserted(() -> ends.forEach((tp, end) -> assertThat(
                store.checkpoint(tp.topic() + "-" + tp.partition())).as(tp.toString()).isGreaterThanOrEqualTo(end - 1)));
    }

    private Map<TopicPartition, Long> ledgerEnds() throws Exception {
        try (Admin admin = admin()) {
            Map<TopicPartition, OffsetSpec> latest = new TreeMap<>(java.util.Comparator.comparing(
                    TopicPartition::partition));
            for (int partition = 0; partition < PARTITIONS; partition++) {
                latest.put(new TopicPartition(Topics.SUBMISSIONS, partition), OffsetSpec.latest());
            }
            Map<TopicPartition, Long> ends = new TreeMap<>(java.util.Comparator.comparing(TopicPartition::partition));
            admin.listOffsets(latest).all().get().forEach((tp, info) -> ends.put(tp, info.offset()));
            return ends;
        }
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()));
    }

    /** The ledger partitions each member of the service's consumer group owns. */
    private List<Set<TopicPartition>> ledgerAssignments() throws Exception {
        try (Admin admin = admin()) {
            List<Set<TopicPartition>> owned = new ArrayList<>();
            for (MemberDescription member : admin.describeConsumerGroups(List.of("aggregate-service")).all().get()
                    .get("aggregate-service").members()) {
                Set<TopicPartition> ledger = new HashSet<>(member.assignment().topicPartitions());
                ledger.removeIf(tp -> !tp.topic().equals(Topics.SUBMISSIONS));
                if (!ledger.isEmpty()) {
                    owned.add(ledger);
                }
            }
            return owned;
        }
    }
}
