package io.pacer.aggregate.partition;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.annotation.Timed;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.pacer.aggregate.AggregateProperties;
import io.pacer.aggregate.figure.EntitySeries;
import io.pacer.aggregate.figure.FigureEngine;
import io.pacer.aggregate.figure.Flush;
import io.pacer.aggregate.figure.LedgerEntry;
import io.pacer.aggregate.figure.RegionFigure;
import io.pacer.aggregate.flush.FlushPolicy;
import io.pacer.aggregate.flush.Flushable;
import io.pacer.aggregate.flush.Publisher;
import io.pacer.aggregate.input.Incoming;
import io.pacer.aggregate.input.InputHandler;
import io.pacer.aggregate.input.LedgerRecords;
import io.pacer.aggregate.input.LedgerScanner;
import io.pacer.aggregate.input.PoisonRecordException;
import io.pacer.aggregate.store.Documents;
import io.pacer.aggregate.store.Failures;
import io.pacer.aggregate.store.FigureStore;
import io.pacer.aggregate.store.SeriesDocuments;
import io.pacer.aggregate.store.Sent;
import io.pacer.aggregate.store.StoreWriter;
import io.pacer.aggregate.reference.ReferenceBook;
import io.pacer.events.Period;
import io.pacer.events.RegionTotals;
import io.pacer.events.SubmissionRecord;
import io.pacer.events.Topics;
import io.pacer.support.security.TokenDirectory;
import io.pacer.support.worker.WorkerWatchdog;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

/**
 * Applies consumed batches to the in-memory {@link FigureEngine} and publishes, then stores, what changed: at once
 * for live traffic, coalesced over the flush interval while a backlog is read. One lock guards the engine: the
 * ledger, totals and reference consumers (and the flush timer) each run on their own thread.
 *
 * <p>Recovery: the ledger itself is the state of the entities' series (it is kept forever), so a ledger partition
 * is replayed into memory on assignment ({@link Replay}); MongoDB holds the figures, the totals received from the
 * level below and, per input partition, the last offset whose effects are stored. A restart, a rebalance and a
 * rebuild thus all reach the state of one in-order pass; the ledger offset decides between records of one key.
 */
@Component
public class Aggregator implements InputHandler, Flushable {

    private static final Logger log = LoggerFactory.getLogger(Aggregator.class);

    private final ReferenceBook book;
    private final FigureEngine engine;
    private final FigureStore store;
    private final StoreWriter writer;
    private final Publisher publisher;
    private final ReferenceRecords references;
    private final WorkerWatchdog watchdog;
    private final AggregateProperties properties;
    private final Counter applied;
    private final Timer toRanking;
    private final Timer toApplied;
    private final Timer compute;
    private final Timer publish;
    private final Map<TopicPartition, Set<String>> owned = new HashMap<>();
    private final Pending pending = new Pending();
    private final FlushPolicy policy;
    private final Replay replay = new Replay(owned);
    /** Guarded by this object's lock, like the engine. */
    private final LedgerScanner scanner = new LedgerScanner();
    /** Set when a flush failed half-way: what was published and stored is read back before the next one. */
    private boolean reloadNeeded;
    /** Set when the store has checkpoints but no series (written before series were stored): replays store them. */
    private boolean seriesMissing;

    Aggregator(ReferenceBook book, FigureStore store, StoreWriter writer, Publisher publisher, TokenDirectory tokens,
            AggregateProperties properties, MeterRegistry registry, WorkerWatchdog watchdog) {
        this.book = book;
        this.engine = new FigureEngine(book);
        this.store = store;
        this.writer = writer;
        this.publisher = publisher;
        this.references = new ReferenceRecords(book, engine, tokens);
        this.watchdog = watchdog;
        this.properties = properties;
        this.policy = new FlushPolicy(properties.flushInterval());
        this.applied = Counter.builder("pacer.figures.applied")
                .description("ledger figures applied to the aggregate's state").register(registry);
        this.toRanking = Timer.builder("pacer.submission.to.ranking")
                .description("from a live submission's acceptance to the publication of its ranked figures")
                .publishPercentileHistogram().register(registry);
        this.toApplied = Timer.builder("pacer.submission.to.applied")
                .description("from a live submission's acceptance to its figure applied in memory (then it waits for"
                        + " the next flush): what of pacer.submission.to.ranking is spent before the aggregate")
                .publishPercentileHistogram().register(registry);
        this.compute = stage(registry, "compute");
        this.publish = stage(registry, "publish");
    }

    /** Where a flush's time goes: recomputing, publishing to Kafka (and writing MongoDB: {@link StoreWriter}). */
    private static Timer stage(MeterRegistry registry, String stage) {
        return Timer.builder("pacer.aggregate.flush").tag("stage", stage)
                .description("time spent per flush stage").register(registry);
    }

    /**
     * Applies a ledger batch. A batch whose newest record was accepted more than ten seconds ago is a backlog (a
     * start, a rebuild, a consumer that fell behind): its changes wait (up to the flush interval) to be published
     * together with the next batches', which is what makes catching up fast. A fresh batch is live traffic and is
     * flushed within about a tenth of a second ({@link FlushPolicy}).
     */
    @Timed(value = "pacer.aggregate.batch", extraTags = {"input", "ledger"}, histogram = true)
    @Override
    public synchronized void onLedger(List<Incoming> batch) {
        try {
            applyLedger(batch);
        } finally {
            policy.ledgerBatchDone();
        }
    }

    private void applyLedger(List<Incoming> batch) {
        reloadIfNeeded();
        int acceptedBefore = pending.acceptedCount();
        Map<TopicPartition, Long> reached = new HashMap<>();
        long newest = Long.MIN_VALUE;
        for (int i = 0; i < batch.size(); i++) {
            Incoming in = batch.get(i);
            SubmissionRecord record;
            try {
                record = LedgerRecords.submission(in.bytes(), scanner);
                applyOrPoison(in, record);
            } catch (PoisonRecordException e) {
                if (replay.isReplaying(in.partition())) {
                    // dead-lettered when it was first met, before the checkpoint being replayed to
                    reached.merge(in.partition(), in.offset(), Math::max);
                    continue;
                }
                noteReached(reached);
                commit();
                throw new BatchListenerFailedException(e.getMessage(), e, i);
            }
            reached.merge(in.partition(), in.offset(), Math::max);
            if (record.acceptedAt() != null) {
                newest = Math.max(newest, record.acceptedAt().toEpochMilli());
            }
        }
        boolean live = FlushPolicy.isLive(newest);
        policy.ledgerBatch(live);
        if (!live) {
            pending.dropAccepted(acceptedBefore);
        } else {
            long now = System.currentTimeMillis();
            long[] accepted = pending.acceptedAt();
            for (int i = acceptedBefore; i < pending.acceptedCount(); i++) {
                toApplied.record(Math.max(0, now - accepted[i]), TimeUnit.MILLISECONDS);
            }
        }
        boolean replayEnded = noteReached(reached);
        if (replayEnded || isDue()) {
            commit(!live && !replayEnded);
        }
    }

    /**
     * Flushes pending changes once the flush interval has passed, or as soon as the consumers have been idle for a
     * moment: a backlog that was just read to its end is published then, not an interval later.
     */
    @Override
    public synchronized void flushIfDue() {
        boolean idle = policy.isIdle();
        if ((idle || isDue()) && (engine.hasChanges() || !pending.isEmpty())) {
            try {
                reloadIfNeeded();
                commit(!idle && policy.isReadingBacklog());
            } catch (RuntimeException e) {
                log.warn("A timed flush failed and will be retried: {}", e.toString());
            }
        }
    }

    private boolean isDue() {
        return policy.isDue(writer.isWriting());
    }

    /** Notes the positions a batch reached; true when that ended a replay. */
    private boolean noteReached(Map<TopicPartition, Long> reached) {
        boolean ended = false;
        for (Map.Entry<TopicPartition, Long> r : reached.entrySet()) {
            if (replay.reached(r.getKey(), r.getValue())) {
                Set<String> fed = owned.getOrDefault(r.getKey(), Set.of());
                awaitStore("seeding replayed groups");
                store.forEachFigure(fed, d -> engine.seed(Documents.figure(d)));
                log.info("Replayed {} up to offset {}: {} groups back in memory", r.getKey(), r.getValue(),
                        fed.size());
                ended = true;
            }
            if (!replay.isReplaying(r.getKey())) {
                pending.position(key(r.getKey()), r.getValue());
            }
        }
        reached.clear();
        return ended;
    }

    @Timed(value = "pacer.aggregate.batch", extraTags = {"input", "totals"}, histogram = true)
    @Override
    public synchronized void onTotals(List<Incoming> batch) {
        try {
            applyTotals(batch);
        } finally {
            policy.totalsBatchDone();
        }
    }

    private void applyTotals(List<Incoming> batch) {
        reloadIfNeeded();
        for (int i = 0; i < batch.size(); i++) {
            Incoming in = batch.get(i);
            RegionTotals totals;
            try {
                totals = LedgerRecords.totals(in.bytes());
            } catch (PoisonRecordException e) {
                commit();
                throw new BatchListenerFailedException(e.getMessage(), e, i);
            }
            String partition = key(in.partition());
            boolean changed;
            try {
                changed = engine.applyTotals(totals, in.offset());
            } catch (RuntimeException e) {
                PoisonRecordException poison = unappliable(in, e);
                commit();
                throw new BatchListenerFailedException(poison.getMessage(), poison, i);
            }
            if (changed) {
                pending.totals(Documents.totals(partition, totals, in.offset()));
            }
            owned.computeIfAbsent(in.partition(), p -> new HashSet<>()).add(totals.parentId());
            pending.position(partition, in.offset());
        }
        // totals flow back from the ledger's own flushes: while the ledger is read from a backlog they wait for
        // its next flush too, or each of them would undo the coalescing
        if (isDue()) {
            commit(policy.isReadingBacklog());
        }
    }

    /** A register or token record; a change recomputes what depends on it at once. */
    @Override
    public synchronized void onReference(String key, byte[] value) {
        log.debug("Reference {}", key);
        boolean register = references.apply(key, value);
        if (!register) {
            return;
        }
        try {
            reloadIfNeeded();
            commit();
        } catch (RuntimeException e) {
            // the register itself is kept; the figures it moves are recomputed by the next batch after a reload
            log.warn("Figures after a register change could not be stored yet: {}", e.toString());
        }
    }

    /**
     * Applies a decoded record; an exception from the engine (nothing in it waits on a dependency, so it is a bug
     * this record's data meets) makes the record poison rather than failing its batch for ever.
     */
    private void applyOrPoison(Incoming in, SubmissionRecord r) {
        try {
            apply(in, r);
        } catch (RuntimeException e) {
            throw unappliable(in, e);
        }
    }

    private static PoisonRecordException unappliable(Incoming in, RuntimeException e) {
        log.error("{} offset {} could not be applied", in.partition(), in.offset(), e);
        return new PoisonRecordException("could not be applied: " + Failures.describe(e), e);
    }

    private void apply(Incoming in, SubmissionRecord r) {
        Period period = scanner.period(r.period());
        LedgerEntry entry = new LedgerEntry(in.offset(), r.submissionId(), r.regionId(), r.basis(), r.value(),
                r.priorYearValue(), r.acceptedAt(), r.late());
        EntitySeries.Applied result = engine.applyLedger(r.parentRegionId(), r.entityId(), r.indicator(), period,
                entry);
        boolean quiet = replay.isStored(in.partition(), in.offset());
        if (result == EntitySeries.Applied.REPLACED) {
            applied.increment();
            if (!quiet) {
                pending.accepted(r.acceptedAt());
            }
        }
        if (result != EntitySeries.Applied.DUPLICATE && (!quiet || seriesMissing)) {
            // up to the checkpoint stored already, unless stored by a version that did not store series
            pending.series(r.parentRegionId(), r.entityId(), r.indicator());
        }
        owned.computeIfAbsent(in.partition(), p -> new HashSet<>()).add(r.parentRegionId());
    }

    private void commit() {
        commit(false);
    }

    /**
     * Publishes, then queues for storing: totals rows, figures, checkpoints ({@link StoreWriter}); in the middle of a
     * backlog ({@code midBacklog}) the store may wait to take several flushes at once. A failure to publish keeps it
     * all pending.
     */
    private void commit(boolean midBacklog) {
        long started = System.nanoTime();
        try {
            Flush flush = compute.record(this::computeFlush);
            List<Sent> sent = publish.record(() -> publisher.send(flush));
            writer.enqueueSeries(seriesSnapshots());
            writer.enqueue(pending.totalsRows(), rankings(flush), pending.checkpoints(), midBacklog, sent);
            long now = System.currentTimeMillis();
            long[] accepted = pending.acceptedAt();
            for (int i = 0; i < pending.acceptedCount(); i++) {
                toRanking.record(Math.max(0, now - accepted[i]), TimeUnit.MILLISECONDS);
            }
            pending.clear();
            long took = policy.flushed(started);
            if (policy.lastBatchWasBacklog() && !flush.isEmpty()) {
                log.info("Backlog flush: {} figures, {} totals in {} ms", flush.figures().size(),
                        flush.totals().size(), TimeUnit.NANOSECONDS.toMillis(took));
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
            watchdog.died("aggregate-flush", e);
            throw e;
        }
    }

    /** The changed entities' series as they are now (the stored form is built by the store writer). */
    private List<SeriesDocuments.Snapshot> seriesSnapshots() {
        List<SeriesDocuments.Snapshot> snapshots = new ArrayList<>();
        for (Pending.SeriesKey k : pending.series()) {
            EntitySeries s = engine.series(k.group(), k.entityId(), k.indicator());
            if (s != null && !s.isEmpty()) {
                snapshots.add(SeriesDocuments.Snapshot.of(k.group(), s));
            }
        }
        return snapshots;
    }

    /** The rankings the flush's figures belong to, each whole (a ranking is stored as one document). */
    private List<Documents.Ranking> rankings(Flush flush) {
        Map<String, Documents.Ranking> rankings = new LinkedHashMap<>();
        for (RegionFigure figure : flush.figures()) {
            String group = FigureEngine.groupOf(figure);
            String period = figure.period().toString();
            rankings.computeIfAbsent(Documents.rankingId(group, figure.indicator(), period), id -> new Documents
                    .Ranking(group, figure.indicator(), period, engine.ranking(group, figure.indicator(),
                            figure.period())));
        }
        return List.copyOf(rankings.values());
    }

    /**
     * Prepares newly assigned partitions and returns where each is to be read from (null: the beginning). A ledger
     * partition is replayed from the beginning into memory, quietly up to its checkpoint; a totals partition is
     * rebuilt from its stored rows and read on just past its checkpoint.
     */
    @Override
    public synchronized Map<TopicPartition, Long> assigned(Collection<TopicPartition> partitions,
            Map<TopicPartition, Long> endOffsets, int ledgerPartitionCount) {
        Map<TopicPartition, Long> positions = new HashMap<>();
        Set<String> groups = new HashSet<>();
        awaitStore("reading assigned partitions' state");
        seriesMissing = !store.hasSeries();
        for (TopicPartition tp : partitions) {
            Long stored = store.checkpoint(key(tp));
            if (tp.topic().equals(Topics.SUBMISSIONS)) {
                forget(tp);
                owned.put(tp, new HashSet<>());
                long end = endOffsets.getOrDefault(tp, 0L);
                if (stored != null && stored >= end) {
                    log.warn("{} ends at {} but the store says {} was applied: the ledger was replaced; "
                            + "replaying what it holds", tp, end, stored);
                    stored = null;
                }
                replay.start(tp, stored == null ? -1 : stored);
                positions.put(tp, null);
            } else {
                groups.addAll(load(tp));
                positions.put(tp, stored == null ? null : stored + 1);
            }
        }
        store.forEachFigure(groups, d -> engine.seed(Documents.figure(d)));
        commit();
        log.info("Assigned {}: positions {} (null: from the beginning)", partitions, positions);
        return positions;
    }

    @Override
    public synchronized void revoked(Collection<TopicPartition> partitions) {
        partitions.forEach(this::forget);
        // the next owner reads what is stored: it must not be overwritten later by this instance's older state
        awaitStore("handing over revoked partitions");
    }

    /** Forgets all state, in memory and stored: the next assignment replays every input from offset 0. */
    public synchronized void forgetEverything() {
        List.copyOf(owned.keySet()).forEach(this::forget);
        owned.clear();
        replay.clear();
        pending.clear();
        writer.discard(properties.publishTimeout());
        store.clear();
        reloadNeeded = false;
    }

    private void forget(TopicPartition tp) {
        Set<String> groups = owned.remove(tp);
        if (groups != null) {
            engine.drop(groups);
        }
        replay.forget(tp);
    }

    private Set<String> load(TopicPartition tp) {
        Set<String> groups = owned.computeIfAbsent(tp, p -> new HashSet<>());
        engine.drop(groups);
        groups.clear();
        store.forEachTotals(key(tp), d -> {
            RegionTotals totals = Documents.totals(d);
            engine.applyTotals(totals, d.getLong("position"));
            groups.add(totals.parentId());
        });
        return groups;
    }

    /** After a failed flush: what was published and stored is unknown, so it is read back and compared anew. */
    private void reloadIfNeeded() {
        if (writer.takePublishFailure()) {
            reloadNeeded = true;
        }
        if (!reloadNeeded) {
            return;
        }
        writer.drain(properties.publishTimeout());
        engine.resetOutputs();
        Set<String> settled = new HashSet<>();
        owned.values().forEach(groups -> groups.stream().filter(replay::isSettled).forEach(settled::add));
        store.forEachFigure(settled, d -> engine.seed(Documents.figure(d)));
        reloadNeeded = false;
        commit();
    }

    /**
     * Waits for the store to hold everything queued before reading it back or handing it over. If it cannot in
     * time, going on is still correct, only wasteful: what is read is an older stored state, so more is replayed
     * and published again, and the queued writes still land after it.
     */
    private void awaitStore(String why) {
        try {
            writer.drain(properties.publishTimeout());
        } catch (RuntimeException e) {
            log.warn("Going on {} before the store took every queued write: {}", why, e.getMessage());
        }
    }

    static String key(TopicPartition tp) {
        return tp.topic() + "-" + tp.partition();
    }

}
