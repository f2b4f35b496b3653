package io.pacer.aggregate.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.pacer.aggregate.figure.EntitySeries;
import io.pacer.aggregate.figure.LedgerEntry;
import io.pacer.aggregate.figure.RegionFigure;
import io.pacer.events.Basis;
import io.pacer.events.Period;
import io.pacer.events.Ranks;
import io.pacer.localstack.MongoWireServer;
import io.pacer.support.worker.WorkerWatchdog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.context.support.GenericApplicationContext;

/**
 * What the store writer sends the MongoDB-wire server per flush, counted as the driver's write commands (each one
 * round trip), and what a drill-down reads back of series stored as appended entries.
 */
class StoreRoundTripsTest {

    private static final Instant AT = Instant.parse("2026-03-05T08:00:00Z");
    private static final Period JAN = Period.parse("2026-01");
    private static final Set<String> WRITES = Set.of("insert", "update", "delete");

    private final GenericApplicationContext context = new GenericApplicationContext();
    private final MongoWireServer server = MongoWireServer.inMemory().start(0);
    private final List<String> commands = new CopyOnWriteArrayList<>();
    private final MongoClient client;
    private final FigureStore store;
    private final StoreWriter writer;

    StoreRoundTripsTest() {
        context.registerBean(ApplicationAvailabilityBean.class);
        context.refresh();
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(server.uri()))
                .addCommandListener(new CommandListener() {
                    @Override
                    public void commandStarted(CommandStartedEvent event) {
                        if (WRITES.contains(event.getCommandName())) {
                            commands.add(event.getCommandName() + " " + event.getCommand()
                                    .getString(event.getCommandName()).getValue());
                        }
                    }
                }).build());
        store = new FigureStore(client.getDatabase("round_trips"));
        writer = new StoreWriter(store, Duration.ofSeconds(2), new SimpleMeterRegistry(),
                (topic, kind, id, failure) -> { }, new WorkerWatchdog(context, false));
    }

    @AfterEach
    void stop() {
        writer.destroy();
        client.close();
        server.close();
        context.close();
    }

    private static LedgerEntry entry(long position, String region, String value) {
        return new LedgerEntry(position, "s" + position, region, Basis.CUMULATIVE, new BigDecimal(value), null, AT,
                false);
    }

    private static SeriesDocuments.Appended appended(String entity, LedgerEntry entry) {
        return new SeriesDocuments.Appended("D1", entity, "rev", List.of(JAN), List.of(entry));
    }

    private static Documents.Ranking ranking(int reported) {
        return new Documents.Ranking("D1", "rev", "2026-01", List.of(new RegionFigure("T1", "D1", "rev", JAN,
                BigDecimal.TEN, null, null, 100.0, reported, 10, Ranks.NONE, Ranks.NONE)));
    }

    /** One flush: queued, then stored; returns the write commands it took. */
    private List<String> flush(List<? extends SeriesDocuments.Change> series, long offset) {
        commands.clear();
        writer.enqueue(List.of(), series, List.of(ranking((int) offset)), Map.of("pacer.submissions-0", offset,
                SeriesDocuments.checkpointKey("pacer.submissions-0"), offset), false, List.of());
        writer.drain(Duration.ofSeconds(10));
        return List.copyOf(commands);
    }

    private Map<String, EntitySeries> drillDown(String... regions) {
        Map<String, EntitySeries> read = new TreeMap<>();
        store.forEachSeries(List.of(regions), "rev", d -> read.put(d.getString("entityId"),
                SeriesDocuments.series(d)));
        return read;
    }

    @Test
    void aLiveFlushOfFiftySeriesIsThreeRoundTripsAndWritesOneSmallDocumentPerRecord() {
        List<SeriesDocuments.Appended> live = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            live.add(appended("e" + i, entry(i, "T1", String.valueOf(i + 1))));
        }

        assertThat(flush(live, 49)).containsExactly("update rankings", "update entity_series_entries",
                "update checkpoints");
        assertThat(store.collection(SeriesDocuments.ENTRY_COLLECTION).countDocuments()).isEqualTo(50);
        assertThat(store.collection(FigureStore.SERIES).countDocuments()).isZero();
        assertThat(drillDown("T1")).hasSize(50).allSatisfy((entity, series) -> assertThat(series.regionId())
                .isEqualTo("T1"));
        assertThat(store.checkpoint(SeriesDocuments.checkpointKey("pacer.submissions-0"))).isEqualTo(49L);
    }

    @Test
    void aSeriesWrittenWholeDropsItsAppendedEntriesAndADrillDownSeesEveryEntryEitherWay() {
        EntitySeries e1 = new EntitySeries("e1", "rev");
        e1.apply(JAN, entry(1, "T1", "10"));
        e1.apply(Period.parse("2026-02"), entry(2, "T1", "12"));
        e1.apply(Period.parse("2026-03"), entry(3, "T1", "15"));
        flush(List.of(SeriesDocuments.Snapshot.of("D1", e1)), 3);
        // live: e1 moves to T2 with a correction of January, e2 appears in T1
        flush(List.of(appended("e1", entry(4, "T2", "11")), appended("e2", entry(5, "T1", "7"))), 5);

        assertThat(drillDown("T1").keySet()).as("e1 moved out of T1").containsExactly("e2");
        assertThat(drillDown("T2")).containsOnlyKeys("e1").hasEntrySatisfying("e1", s -> {
            assertThat(s.figure(JAN).value()).isEqualByComparingTo("11");
            assertThat(s.revisions(JAN)).hasSize(2);
            assertThat(s.figure(Period.parse("2026-03")).value()).isEqualByComparingTo("15");
        });

        e1.apply(JAN, entry(4, "T2", "11"));
        e1.apply(JAN, entry(6, "T2", "13"));
        List<String> whole = flush(List.of(SeriesDocuments.Snapshot.of("D1", e1)), 6);

        assertThat(whole).containsExactly("update rankings", "update entity_series", "delete entity_series_entries",
                "update checkpoints");
        assertThat(store.collection(SeriesDocuments.ENTRY_COLLECTION).find().map(d -> d.getString("_id"))
                .into(new ArrayList<>())).containsExactly("D1|e2|rev|5");
        assertThat(drillDown("T1", "T2")).containsOnlyKeys("e1", "e2")
                .hasEntrySatisfying("e1", s -> assertThat(s.figure(JAN).value()).isEqualByComparingTo("13"));
    }
}
