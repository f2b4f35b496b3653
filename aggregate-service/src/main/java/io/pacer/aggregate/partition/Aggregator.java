package io.pacer.aggregate.partition;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import io.micrometer.core.annotation.Timed;
import io.micrometer.core.instrument.MeterRegistry;
import io.pacer.aggregate.AggregateProperties;
import io.pacer.aggregate.figure.FigureEngine;
import io.pacer.aggregate.flush.BacklogClock;
import io.pacer.aggregate.flush.Flushable;
import io.pacer.aggregate.flush.Publisher;
import io.pacer.aggregate.input.Incoming;
import io.pacer.aggregate.input.InputHandler;
import io.pacer.aggregate.reference.ReferenceBook;
import io.pacer.aggregate.store.FigureStore;
import io.pacer.aggregate.store.StoreWriter;
import io.pacer.support.worker.WorkerWatchdog;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Hands each partition's records to the state of its partition number ({@link PartitionState}), under that state's
 * lock: a consumed batch is split by partition, so consumer threads that own different partitions never wait for
 * each other. Register changes reach every state; the flush timer flushes each when due, and all of them when the
 * instance's consumers are idle ({@link BacklogClock}).
 *
 * <p>Recovery: the ledger itself is the state of the entities' series (it is kept forever), so a ledger partition
 * is replayed into memory on assignment ({@link Replay}); MongoDB holds the figures, the totals received from the
 * level below and, per input partition, the last offset whose effects are stored. A restart, a rebalance and a
 * rebuild thus all reach the state of one in-order pass; the ledger offset decides between records of one key.
 */
@Component
public class Aggregator implements InputHandler, Flushable {

    private static final Logger log = LoggerFactory.getLogger(Aggregator.class);

    private final Shared shared;
    private final ReferenceRecords references;
    private final Map<Integer, PartitionState> states = new ConcurrentHashMap<>();

    Aggregator(ReferenceBook book, FigureStore store, StoreWriter writer, Publisher publisher,
            AggregateProperties properties, MeterRegistry registry, WorkerWatchdog watchdog) {
        this.shared = new Shared(book, store, writer, publisher, watchdog, properties, new FlushMeters(registry),
                new BacklogClock(properties.flushInterval()));
        this.references = new ReferenceRecords(book.replica());
    }

    PartitionState state(int partition) {
        return states.computeIfAbsent(partition, p -> new PartitionState(p, shared));
    }

    @Override
    @Timed(value = "pacer.aggregate.batch", extraTags = {"input", "ledger"}, histogram = true)
    public void onLedger(List<Incoming> batch) {
        applying(() -> BatchParts.applyEach(BatchParts.split(batch), part -> {
            PartitionState state = state(part.partition());
            return state.locked(() -> state.input.ledger(part.records()));
        }));
    }

    @Override
    @Timed(value = "pacer.aggregate.batch", extraTags = {"input", "totals"}, histogram = true)
    public void onTotals(List<Incoming> batch) {
        applying(() -> BatchParts.applyEach(BatchParts.split(batch), part -> {
            PartitionState state = state(part.partition());
            return state.locked(() -> state.input.totals(part.records()));
        }));
    }

    /** The instance is not idle while a batch is applied: its end would be flushed before all of it is read. */
    private void applying(Runnable work) {
        shared.clock().batchStarted();
        try {
            work.run();
        } finally {
            shared.clock().batchEnded();
        }
    }

    /** A register or token record; a register change recomputes what depends on it at once, in every partition. */
    @Override
    public void onReference(String key, byte[] value, long offset) {
        log.debug("Reference {} at {}", key, offset);
        Consumer<FigureEngine> change = references.apply(key, value, offset);
        if (change != null) {
            states.values().forEach(state -> state.locked(() -> state.referenceChanged(change)));
        }
    }

    @Override
    public void flushIfDue() {
        BacklogClock clock = shared.clock();
        boolean idle = clock.isIdle();
        boolean flushed = false;
        for (PartitionState state : states.values()) {
            flushed |= state.flushIfDueUnlessBusy(idle);
        }
        if (idle && flushed && clock.isBacklog()) {
            clock.backlogFlushed();
        }
    }

    /**
     * Prepares newly assigned partitions and returns where each is to be read from (null: the beginning). A ledger
     * partition is replayed from the beginning into memory, quietly up to its checkpoint; a totals partition is
     * rebuilt from its stored rows and read on just past its checkpoint.
     */
    @Override
    public Map<TopicPartition, Long> assigned(Collection<TopicPartition> partitions,
            Map<TopicPartition, Long> endOffsets) {
        awaitStore(shared, "reading assigned partitions' state");
        Map<Integer, List<TopicPartition>> byNumber = new TreeMap<>();
        partitions.forEach(tp -> byNumber.computeIfAbsent(tp.partition(), n -> new ArrayList<>()).add(tp));
        Map<TopicPartition, Long> positions = new HashMap<>();
        byNumber.forEach((number, tps) -> {
            PartitionState state = state(number);
            state.locked(() -> {
                Set<String> groups = new HashSet<>();
                for (TopicPartition tp : tps) {
                    positions.put(tp, Ownership.assign(state, tp, endOffsets.getOrDefault(tp, 0L), groups));
                }
                state.seed(groups);
                state.commit();
            });
        });
        log.info("Assigned {}: positions {} (null: from the beginning)", partitions, positions);
        return positions;
    }

    @Override
    public void revoked(Collection<TopicPartition> partitions) {
        for (TopicPartition tp : partitions) {
            PartitionState state = states.get(tp.partition());
            if (state != null) {
                state.locked(() -> state.forget(tp));
            }
        }
        // the next owner reads what is stored: it must not be overwritten later by this instance's older state
        awaitStore(shared, "handing over revoked partitions");
    }

    /** Forgets all state, in memory and stored: the next assignment replays every input from offset 0. */
    public void forgetEverything() {
        states.values().forEach(state -> state.locked(state::forgetEverything));
        shared.writer().discard(shared.properties().publishTimeout());
        shared.store().clear();
    }

    /**
     * Waits for the store to hold everything queued before reading it back or handing it over. If it cannot in
     * time, going on is still correct, only wasteful: what is read is an older stored state, so more is replayed
     * and published again, and the queued writes still land after it.
     */
    static void awaitStore(Shared shared, String why) {
        try {
            shared.writer().drain(shared.properties().publishTimeout());
        } catch (RuntimeException e) {
            log.warn("Going on {} before the store took every queued write: {}", why, e.getMessage());
        }
    }
}
