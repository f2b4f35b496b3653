package io.pacer.aggregate.partition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.pacer.aggregate.AggregateProperties;
import io.pacer.aggregate.figure.EntitySeries;
import io.pacer.aggregate.flush.Publisher;
import io.pacer.aggregate.input.Incoming;
import io.pacer.aggregate.reference.ReferenceBook;
import io.pacer.aggregate.store.FigureStore;
import io.pacer.aggregate.store.StoreWriter;
import io.pacer.events.Basis;
import io.pacer.events.PacerJson;
import io.pacer.events.SubmissionRecord;
import io.pacer.events.Topics;
import io.pacer.localstack.MongoWireServer;
import io.pacer.support.testing.References;
import io.pacer.support.worker.WorkerWatchdog;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.BatchListenerFailedException;

/**
 * A consumed batch split by ledger partition: each part goes to its own partition state (engine), and a poison
 * record stops only its own partition. The registers are left empty, so the states compute no figure and nothing
 * is published; the store is a real in-memory MongoDB-wire server.
 */
class PartitionSplitTest {

    private static final Instant AT = Instant.parse("2026-03-05T08:00:00Z");
    private static final TopicPartition LEDGER_0 = new TopicPartition(Topics.SUBMISSIONS, 0);
    private static final TopicPartition LEDGER_1 = new TopicPartition(Topics.SUBMISSIONS, 1);
    /** Groups (parent regions) whose records the default partitioner puts on partition 0 and 1 of two. */
    private static final String G0 = groupOn(0);
    private static final String G1 = groupOn(1);

    private final GenericApplicationContext context = new GenericApplicationContext();
    private final MongoWireServer server = MongoWireServer.inMemory().start(0);
    private final MongoClient client = MongoClients.create(server.uri());
    private final StoreWriter writer;
    private final Aggregator aggregator;

    PartitionSplitTest() {
        context.registerBean(ApplicationAvailabilityBean.class);
        context.refresh();
        WorkerWatchdog watchdog = new WorkerWatchdog(context, false);
        FigureStore store = new FigureStore(client.getDatabase("split_test"));
        writer = new StoreWriter(store, Duration.ofSeconds(2), new SimpleMeterRegistry(),
                (topic, kind, id, failure) -> { }, watchdog);
        // never sends: with no registers there is nothing to publish
        KafkaTemplate<byte[], byte[]> template = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(Map.of(
                "bootstrap.servers", "127.0.0.1:9"), new ByteArraySerializer(), new ByteArraySerializer()));
        aggregator = new Aggregator(new ReferenceBook(References.replica()), store, writer, new Publisher(template),
                new AggregateProperties("ledger-in-0", "totals-in-0", Duration.ofSeconds(2), Duration.ofSeconds(5),
                        Duration.ofSeconds(5), 2),
                new SimpleMeterRegistry(), watchdog);
        aggregator.assigned(List.of(LEDGER_0, LEDGER_1), Map.of(LEDGER_0, 0L, LEDGER_1, 0L));
    }

    @AfterEach
    void stop() {
        writer.destroy();
        client.close();
        server.close();
        context.close();
    }

    private static String groupOn(int partition) {
        for (int i = 0;; i++) {
            String group = "G" + i;
            if (Utils.toPositive(Utils.murmur2(group.getBytes(StandardCharsets.UTF_8))) % 2 == partition) {
                return group;
            }
        }
    }

    private static Incoming figure(TopicPartition tp, long offset, String group, String entity, String value) {
        SubmissionRecord record = new SubmissionRecord("s-" + entity + "-" + offset, entity, group + "T", group,
                "rev", Basis.CUMULATIVE, "2026-01", new BigDecimal(value), null, AT, List.of(), false);
        return new Incoming(tp, offset, PacerJson.write(record));
    }

    private static Incoming poison(TopicPartition tp, long offset) {
        return new Incoming(tp, offset, "{not json".getBytes(StandardCharsets.UTF_8));
    }

    /** The series as the engine of partition {@code partition} holds it (null: not there). */
    private EntitySeries seriesIn(int partition, String group, String entity) {
        PartitionState state = aggregator.state(partition);
        return state.locked(() -> state.engine.series(group, entity, "rev"));
    }

    private EntitySeries series(String group, String entity) {
        return seriesIn(group.equals(G0) ? 0 : 1, group, entity);
    }

    private BigDecimal value(String group, String entity) {
        EntitySeries series = series(group, entity);
        return series == null ? null : series.figure(io.pacer.events.Period.parse("2026-01")).value();
    }

    @Test
    void aBatchSpanningTwoPartitionsIsAppliedToTheEngineOfEach() {
        aggregator.onLedger(List.of(figure(LEDGER_0, 0, G0, "e1", "10"), figure(LEDGER_1, 0, G1, "e2", "20"),
                figure(LEDGER_0, 1, G0, "e3", "30")));

        assertThat(value(G0, "e1")).isEqualByComparingTo("10");
        assertThat(value(G0, "e3")).isEqualByComparingTo("30");
        assertThat(value(G1, "e2")).isEqualByComparingTo("20");
        // each engine holds its own partition's groups only
        assertThat(seriesIn(0, G1, "e2")).isNull();
        assertThat(seriesIn(1, G0, "e1")).isNull();
    }

    @Test
    void aPoisonRecordStopsOnlyItsOwnPartitionAndIsReportedAtItsIndexInTheBatch() {
        List<Incoming> batch = List.of(figure(LEDGER_0, 0, G0, "e1", "10"), figure(LEDGER_1, 0, G1, "e2", "20"),
                poison(LEDGER_0, 1), figure(LEDGER_1, 1, G1, "e4", "40"), figure(LEDGER_0, 2, G0, "e3", "30"));

        assertThatThrownBy(() -> aggregator.onLedger(batch)).isInstanceOfSatisfying(
                BatchListenerFailedException.class, e -> assertThat(e.getIndex()).isEqualTo(2));

        assertThat(value(G0, "e1")).isEqualByComparingTo("10");
        assertThat(series(G0, "e3")).as("after the poison in its own partition").isNull();
        assertThat(value(G1, "e2")).isEqualByComparingTo("20");
        assertThat(value(G1, "e4")).as("after the poison, in the other partition").isEqualByComparingTo("40");

        // the error handler dead-letters the poison and delivers what came after it again
        aggregator.onLedger(new ArrayList<>(batch.subList(3, 5)));
        assertThat(value(G0, "e3")).isEqualByComparingTo("30");
        assertThat(value(G1, "e4")).isEqualByComparingTo("40");
    }

    @Test
    void theEarliestPoisonOfSeveralPartitionsIsTheOneReported() {
        List<Incoming> batch = List.of(figure(LEDGER_0, 0, G0, "e1", "10"), poison(LEDGER_1, 0),
                poison(LEDGER_0, 1), figure(LEDGER_1, 1, G1, "e2", "20"));

        assertThatThrownBy(() -> aggregator.onLedger(batch)).isInstanceOfSatisfying(
                BatchListenerFailedException.class, e -> assertThat(e.getIndex()).isEqualTo(1));
        assertThat(value(G0, "e1")).isEqualByComparingTo("10");
        assertThat(series(G1, "e2")).isNull();
    }

    @Test
    void aRevokedPartitionsGroupsAreForgottenAndTheOtherPartitionKeepsItsOwn() {
        aggregator.onLedger(List.of(figure(LEDGER_0, 0, G0, "e1", "10"), figure(LEDGER_1, 0, G1, "e2", "20")));

        aggregator.revoked(List.of(LEDGER_1));

        assertThat(series(G1, "e2")).isNull();
        assertThat(aggregator.state(1).locked(() -> aggregator.state(1).owned)).doesNotContainKey(LEDGER_1);
        assertThat(value(G0, "e1")).isEqualByComparingTo("10");
    }
}
