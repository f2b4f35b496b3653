package io.pacer.aggregate.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.pacer.aggregate.AggregateProperties;
import io.pacer.support.worker.WorkerWatchdog;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Stores what the flushes published, behind them, on a thread of its own: reading the ledger no longer waits for
 * MongoDB, which on the embedded H2 backend took seconds per flush and, blocking the consumer, most of a catch-up.
 *
 * <p>Writes coalesce: a document still waiting is replaced by its newer version, so a slow store gets fewer,
 * larger writes and its backlog is bounded by the number of rankings, never by the ledger. Writes are spaced, live
 * at least 200 ms apart and up to twice as far as the last write took (at most a second), and 10 s in the middle
 * of a backlog, and wait for
 * the acknowledgements of the events they store the state of. The order of
 * {@link FigureStore#write} holds for each write (rows, rankings, then checkpoints), and a checkpoint only ever
 * joins the write that holds every document up to it, so what is stored is always a state the ledger reached. A
 * failed write is put back under anything newer and tried again a second later.
 */
@Component
public class StoreWriter implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(StoreWriter.class);
    private static final long RETRY_MS = 1000;
    /** In the middle of a backlog, a write waits this long after the last one, to take the flushes in between. */
    private static final long BACKLOG_SPACING_NANOS = TimeUnit.SECONDS.toNanos(10);
    /**
     * Live, a write waits this long after the last one, and twice as long as that one took (up to
     * {@link #LIVE_SPACING_MAX_NANOS}): under load it then takes several flushes at once (every flush rewrites the
     * rankings it touched) and the store takes at most a third of the time. Back to back, the writes of 2,000
     * figures/s took a quarter of the machine's CPU in the wire server; the events, published before, do not wait
     * for them. At a few submissions a second, what REST serves is still well within a second of the events.
     */
    private static final long LIVE_SPACING_NANOS = TimeUnit.MILLISECONDS.toNanos(200);
    /** However long the last write took (the end of a backlog, written in one go), the next live one waits no more. */
    private static final long LIVE_SPACING_MAX_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final FigureStore store;
    private final Duration ackTimeout;
    private final Timer timer;
    private final DeadLetterSink deadLetters;
    private final Thread thread;
    private Map<String, Document> totals = new LinkedHashMap<>();
    private Map<String, SeriesDocuments.Snapshot> series = new LinkedHashMap<>();
    private Map<String, Documents.Ranking> rankings = new LinkedHashMap<>();
    private Map<String, Long> checkpoints = new HashMap<>();
    /** Acknowledgements of the events the waiting documents were published with. */
    private List<Sent> acks = new ArrayList<>();
    /** Set when events were not acknowledged: their documents were dropped, the aggregator must republish. */
    private boolean publishFailed;
    private boolean writing;
    private boolean draining;
    /**
     * How long after the end of the last write what waits may be written: the shortest spacing asked by the flushes
     * queued (counted from the end of the write running when they came, they would be due as soon as it ends).
     */
    private long spacing;
    private long lastWriteEnded = System.nanoTime() - BACKLOG_SPACING_NANOS;
    private long lastWriteTook;
    private boolean closed;
    private RuntimeException lastFailure;
    private volatile Runnable beforeWrite = () -> { };

    @Autowired
    StoreWriter(FigureStore store, AggregateProperties properties, MeterRegistry registry, DeadLetterSink deadLetters,
            WorkerWatchdog watchdog) {
        this(store, properties.publishTimeout(), registry, deadLetters, watchdog);
    }

    /**
     * {@code ackTimeout}: how long the events of what is to be stored may take to be acknowledged. The thread runs
     * under the watchdog: an Error that ends it (the issue-13 OutOfMemoryError did) takes the instance down.
     */
    StoreWriter(FigureStore store, Duration ackTimeout, MeterRegistry registry, DeadLetterSink deadLetters,
            WorkerWatchdog watchdog) {
        this.store = store;
        this.ackTimeout = ackTimeout;
        this.deadLetters = deadLetters;
        this.timer = Timer.builder("pacer.aggregate.flush").tag("stage", "store")
                .description("time spent per flush stage").register(registry);
        this.thread = watchdog.start("aggregate-store-writer", this::run);
    }

    /**
     * Queues one flush's documents and the input positions they cover. {@code midBacklog}: nobody waits for these
     * yet (a backlog is being read), so they may wait to be written with the next flushes'.
     */
    public synchronized void enqueue(Collection<Document> totalsRows, Collection<Documents.Ranking> rankingDocs,
            Map<String, Long> marks, boolean midBacklog, List<Sent> sent) {
        acks.addAll(sent);
        long asked = midBacklog ? BACKLOG_SPACING_NANOS : liveSpacing(lastWriteTook);
        spacing = isEmpty() ? asked : Math.min(spacing, asked);
        totalsRows.forEach(d -> totals.put(d.getString("_id"), d));
        rankingDocs.forEach(r -> rankings.put(r.id(), r));
        marks.forEach((partition, offset) -> checkpoints.merge(partition, offset, Math::max));
        notifyAll();
    }

    /**
     * Queues the entities' series a flush changed. Called before the {@link #enqueue} of the same flush: they may be
     * written with an earlier write than its checkpoints, never with a later one.
     */
    public synchronized void enqueueSeries(Collection<SeriesDocuments.Snapshot> changed) {
        changed.forEach(s -> series.put(s.id(), s));
    }

    /** How long a live write waits after the last one, which took {@code lastWriteTook} nanoseconds. */
    static long liveSpacing(long lastWriteTook) {
        return Math.max(LIVE_SPACING_NANOS, Math.min(LIVE_SPACING_MAX_NANOS, 2 * lastWriteTook));
    }

    /** Waits until everything queued is stored; fails when that takes longer than {@code timeout}. */
    public synchronized void drain(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        draining = true;
        notifyAll();
        try {
            awaitEmpty(deadline);
        } finally {
            draining = false;
        }
    }

    private void awaitEmpty(long deadline) {
        while (writing || !isEmpty()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new IllegalStateException("MongoDB did not take the stored figures in time"
                        + (lastFailure == null ? "" : ": " + lastFailure), lastFailure);
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the store", e);
            }
        }
    }

    /** Forgets what waits (a rebuild clears the store next); waits for a write under way to end. */
    public synchronized void discard(Duration timeout) {
        totals.clear();
        series.clear();
        rankings.clear();
        checkpoints.clear();
        acks.clear();
        drain(timeout);
    }

    /** Whether a write is under way. */
    public synchronized boolean isWriting() {
        return writing;
    }

    /** Whether nothing waits and nothing is being written. */
    public synchronized boolean isIdle() {
        return !writing && isEmpty();
    }

    /** Whether events went unacknowledged since the last call (their rankings were not stored). */
    public synchronized boolean takePublishFailure() {
        boolean failed = publishFailed;
        publishFailed = false;
        return failed;
    }

    private boolean isDeferred() {
        return !draining && System.nanoTime() - lastWriteEnded < spacing;
    }

    private boolean isEmpty() {
        return totals.isEmpty() && series.isEmpty() && rankings.isEmpty() && checkpoints.isEmpty();
    }

    private void run() {
        while (true) {
            Map<String, Document> rows;
            Map<String, SeriesDocuments.Snapshot> changed;
            Map<String, Documents.Ranking> docs;
            Map<String, Long> marks;
            List<Sent> sent;
            synchronized (this) {
                while (!closed && (isEmpty() || isDeferred())) {
                    waitQuietly(isEmpty() ? 0
                            : Math.max(1, (lastWriteEnded + spacing - System.nanoTime()) / 1_000_000));
                }
                if (closed && isEmpty()) {
                    return;
                }
                rows = totals;
                changed = series;
                docs = rankings;
                marks = checkpoints;
                sent = acks;
                totals = new LinkedHashMap<>();
                series = new LinkedHashMap<>();
                rankings = new LinkedHashMap<>();
                checkpoints = new HashMap<>();
                acks = new ArrayList<>();
                writing = true;
            }
            try {
                Isolation.awaitAcks(sent, ackTimeout, deadLetters);
            } catch (RuntimeException e) {
                // what was not published must not be stored as done: the rankings are dropped and the aggregator
                // told to republish; the rows and positions received are kept, they are state, not output
                log.warn("Figures were not acknowledged; not storing {} rankings: {}", docs.size(), e.toString());
                synchronized (this) {
                    requeue(rows, changed, Map.of(), marks);
                    publishFailed = true;
                }
                continue;
            }
            try {
                long started = System.nanoTime();
                timer.record(() -> write(rows, changed, docs, marks));
                synchronized (this) {
                    writing = false;
                    lastFailure = null;
                    lastWriteEnded = System.nanoTime();
                    lastWriteTook = lastWriteEnded - started;
                    notifyAll();
                }
            } catch (RuntimeException e) {
                log.warn("Storing {} rankings failed; trying again: {}", docs.size(), e.toString());
                synchronized (this) {
                    requeue(rows, changed, docs, marks);
                    lastFailure = e;
                    if (!closed) {
                        waitQuietly(RETRY_MS);
                    }
                    if (closed) {
                        return;
                    }
                }
            }
        }
    }

    /** One write; when it fails for what it holds, the documents at fault are found and dead-lettered. */
    private void write(Map<String, Document> rows, Map<String, SeriesDocuments.Snapshot> changed,
            Map<String, Documents.Ranking> docs, Map<String, Long> marks) {
        beforeWrite.run();
        try {
            store.writeSeries(changed.values().stream().map(SeriesDocuments.Snapshot::toDocument).toList());
            store.write(rows.values(), docs.values().stream().map(Documents.Ranking::toDocument).toList(), marks);
        } catch (RuntimeException e) {
            if (Failures.isInfrastructure(e)) {
                throw e;
            }
            log.error("Storing {} rankings failed for a reason in the documents; isolating them: {}", docs.size(),
                    Failures.describe(e));
            Isolation.write(store, rows, changed, docs, marks, deadLetters);
        }
    }

    /** Test hook: runs on the writer thread before every write (a test makes the thread die through it). */
    void beforeEachWrite(Runnable hook) {
        this.beforeWrite = hook;
    }

    /**
     * Puts a write that did not happen back under anything newer that waits. A newer checkpoint waiting covers this
     * one's documents too, which are waiting again.
     */
    private void requeue(Map<String, Document> rows, Map<String, SeriesDocuments.Snapshot> changed,
            Map<String, Documents.Ranking> docs, Map<String, Long> marks) {
        rows.forEach(totals::putIfAbsent);
        changed.forEach(series::putIfAbsent);
        docs.forEach(rankings::putIfAbsent);
        marks.forEach(checkpoints::putIfAbsent);
        writing = false;
        notifyAll();
    }

    private void waitQuietly(long millis) {
        try {
            wait(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    /** Stores what waits (a restart then replays less), then stops. */
    @Override
    public void destroy() {
        try {
            drain(Duration.ofSeconds(10));
        } catch (RuntimeException e) {
            log.warn("Stopping with figures not stored; the next start replays them: {}", e.getMessage());
        }
        synchronized (this) {
            closed = true;
            notifyAll();
        }
    }
}
