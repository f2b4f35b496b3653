package io.pacer.aggregate.partition;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;

import io.pacer.aggregate.figure.FigureEngine;
import io.pacer.aggregate.figure.Flush;
import io.pacer.aggregate.flush.FlushPolicy;
import io.pacer.aggregate.store.Documents;
import io.pacer.aggregate.store.Sent;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The state of one partition number N: the groups that pacer.submissions-N and pacer.region-totals-N feed. Both
 * topics are keyed by the parent region and have as many partitions, so a group's ledger entries and the totals of
 * its inner children meet in one state. It holds their engine, what the next flush must store ({@link Pending}),
 * the replay and the flush policy, and publishes, then queues for storing, what changed; a backlog's flushes come in
 * the instance's rounds ({@link io.pacer.aggregate.flush.BacklogClock}), live ones on its own. One lock guards it all:
 * the ledger and totals consumer threads that own its partitions, the reference consumer and the flush timer each
 * take it; nothing here waits for another partition.
 */
final class PartitionState {

    private static final Logger log = LoggerFactory.getLogger(PartitionState.class);

    final int number;
    final FigureEngine engine;
    final Pending pending = new Pending();
    /** The groups each of its input partitions feeds (at most its ledger and its totals partition). */
    final Map<TopicPartition, Set<String>> owned = new HashMap<>();
    final Replay replay = new Replay(owned);
    final FlushPolicy policy;
    final Shared shared;
    final PartitionInput input;
    private final ReentrantLock lock = new ReentrantLock();
    /** Set when a flush failed half-way: what was published and stored is read back before the next one. */
    private boolean reloadNeeded;
    final SeriesProgress series = new SeriesProgress();
    private long publishFailuresSeen;
    /** The instance's backlog round its last flush covered. */
    private long round;

    PartitionState(int number, Shared shared) {
        this.number = number;
        this.shared = shared;
        this.engine = new FigureEngine(shared.book());
        this.policy = new FlushPolicy();
        this.round = shared.clock().currentRound();
        this.publishFailuresSeen = shared.writer().publishFailures();
        this.input = new PartitionInput(this);
    }

    <T> T locked(Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    void locked(Runnable work) {
        locked(() -> {
            work.run();
            return null;
        });
    }

    /**
     * The flush timer's turn, skipped while a consumer thread holds the state (that thread flushes when due): flushes
     * when due ({@link #flushIfDue}), or at once when the instance is {@code idle} (a backlog read to its end is
     * published then, not a round later). Returns whether it flushed.
     */
    boolean flushIfDueUnlessBusy(boolean idle) {
        if (!lock.tryLock()) {
            return false;
        }
        try {
            boolean failed = noteStoreFailures();
            if ((failed || engine.hasChanges() || !pending.isEmpty()) && (idle || isDue())) {
                reloadIfNeeded();
                commit(!idle && isHolding());
                return true;
            }
        } catch (RuntimeException e) {
            log.warn("A timed flush of partition {} failed and will be retried: {}", number, e.toString());
        } finally {
            lock.unlock();
        }
        return false;
    }

    /** Flushes what is pending when due: live traffic by the state's policy, a backlog with the instance's round. */
    void flushIfDue() {
        if (isDue()) {
            commit(isHolding());
        }
    }

    /**
     * Whether its changes wait for the instance's backlog round: its ledger reads a backlog, or it is fed only by
     * the totals of others (no live ledger batch of its own) while the instance reads one.
     */
    boolean isHolding() {
        return policy.isReadingBacklog() || !policy.isFedLive() && shared.clock().isBacklog();
    }

    private boolean isDue() {
        return isHolding() ? round < shared.clock().round(shared.writer().isWriting()) : policy.isDue();
    }

    /** A register change: what it moves is recomputed and published at once. Under the lock. */
    void referenceChanged(Consumer<FigureEngine> change) {
        change.accept(engine);
        try {
            reloadIfNeeded();
            commit();
        } catch (RuntimeException e) {
            // the register itself is kept; the figures it moves are recomputed by the next batch after a reload
            log.warn("Figures of partition {} after a register change could not be stored yet: {}", number,
                    e.toString());
        }
    }

    void commit() {
        commit(false);
    }

    /**
     * Publishes, then queues for storing: totals rows, figures, checkpoints (the store writer); in the middle of a
     * backlog ({@code midBacklog}) the store may wait to take several flushes at once. A failure to publish keeps it
     * all pending.
     */
    void commit(boolean midBacklog) {
        long started = System.nanoTime();
        FlushMeters meters = shared.meters();
        try {
            Flush flush = meters.compute.record(this::computeFlush);
            List<Sent> sent = meters.publish.record(() -> shared.publisher().send(flush));
            // the series wait out a backlog: written at its end (and with every live flush), not at each flush of it
            boolean withSeries = !midBacklog;
            Map<String, Long> marks = pending.checkpoints();
            if (withSeries) {
                marks = new HashMap<>(marks);
                marks.putAll(series.taken());
            }
            shared.writer().enqueue(pending.totalsRows(), withSeries ? FlushDocuments.series(engine, pending, series)
                    : List.of(), FlushDocuments.rankings(engine, flush), marks, midBacklog, sent);
            FlushMeters.since(meters.toRanking, pending.acceptedAt(), 0, pending.acceptedCount());
            pending.clear(withSeries);
            long took = policy.flushed(started);
            round = shared.clock().currentRound();
            if (midBacklog) {
                shared.clock().flushed(took);
            }
            if (policy.lastBatchWasBacklog() && !flush.isEmpty()) {
                log.info("Backlog flush of partition {}: {} figures, {} totals in {} ms", number,
                        flush.figures().size(), flush.totals().size(), TimeUnit.NANOSECONDS.toMillis(took));
            }
        } catch (RuntimeException e) {
            reloadNeeded = true;
            throw e;
        }
    }

    /**
     * Recomputes what changed. Nothing in it waits on MongoDB or Kafka, so an exception is a bug that the next try
     * meets again: the instance is reported broken (health DOWN) rather than retrying behind an UP.
     */
    private Flush computeFlush() {
        try {
            return engine.flush(replay::isSettled);
        } catch (RuntimeException e) {
            shared.watchdog().died("aggregate-flush", e);
            throw e;
        }
    }

    /** After a failed flush: what was published and stored is unknown, so it is read back and compared anew. */
    void reloadIfNeeded() {
        noteStoreFailures();
        if (!reloadNeeded) {
            return;
        }
        shared.writer().drain(shared.properties().publishTimeout());
        engine.resetOutputs();
        Set<String> settled = new HashSet<>();
        owned.values().forEach(groups -> groups.stream().filter(replay::isSettled).forEach(settled::add));
        seed(settled);
        reloadNeeded = false;
        commit();
    }

    /** Whether the store writer dropped rankings since last seen (their events were not acknowledged). */
    private boolean noteStoreFailures() {
        long failures = shared.writer().publishFailures();
        if (failures != publishFailuresSeen) {
            publishFailuresSeen = failures;
            reloadNeeded = true;
        }
        return reloadNeeded;
    }

    /** Sets the groups' figures as last stored, so that the next flush sends only what differs. */
    void seed(Collection<String> groups) {
        shared.store().forEachFigure(groups, d -> engine.seed(Documents.figure(d)));
    }

    /** Forgets all state in memory (a rebuild clears the store next). */
    void forgetEverything() {
        List.copyOf(owned.keySet()).forEach(this::forget);
        owned.clear();
        replay.clear();
        series.clear();
        pending.clear();
        reloadNeeded = false;
        publishFailuresSeen = shared.writer().publishFailures();
    }

    /** Forgets an input partition's groups (revoked, or about to be replayed). */
    void forget(TopicPartition tp) {
        Set<String> groups = owned.remove(tp);
        if (groups != null) {
            engine.drop(groups);
        }
        replay.forget(tp);
        series.forget(tp);
    }

    static String key(TopicPartition tp) {
        return tp.topic() + "-" + tp.partition();
    }
}
