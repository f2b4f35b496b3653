package io.pacer.aggregate.store;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;

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
 * Stores what the flushes published, behind them, on a thread of its own, so reading the ledger never waits for
 * MongoDB. Writes coalesce ({@link WriteQueue}), are spaced ({@link WriteSpacing}) and wait for the acknowledgements
 * of the events they store the state of. A write stores rows, rankings and series, then the checkpoints; a
 * checkpoint only ever joins the write that holds every document up to it, so what is stored is always a state the
 * ledger reached. A failed write is put back under anything newer and tried again a second later.
 */
@Component
public class StoreWriter implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(StoreWriter.class);
    private static final long RETRY_MS = 1000;

    private final FigureStore store;
    private final Duration ackTimeout;
    private final Timer timer;
    private final DeadLetterSink deadLetters;
    private final BatchWrite batchWrite;
    private final Thread thread;
    private final WriteQueue queue = new WriteQueue();
    private final WriteSpacing spacing = new WriteSpacing();
    /** How many times events went unacknowledged: their rankings were not stored, the partitions must republish. */
    private long publishFailures;
    /** Flushes queued so far, and how many of the first of them are stored (or discarded): what a drain awaits. */
    private long queued;
    private long stored;
    private boolean writing;
    private boolean draining;
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
     * under the watchdog: an Error that ends it (an OutOfMemoryError, say) takes the instance down.
     */
    public StoreWriter(FigureStore store, Duration ackTimeout, MeterRegistry registry, DeadLetterSink deadLetters,
            WorkerWatchdog watchdog) {
        this.store = store;
        this.ackTimeout = ackTimeout;
        this.deadLetters = deadLetters;
        this.batchWrite = new BatchWrite(store, deadLetters);
        this.timer = Timer.builder("pacer.aggregate.flush").tag("stage", "store")
                .description("time spent per flush stage").register(registry);
        this.thread = watchdog.start("aggregate-store-writer", this::run);
    }

    /**
     * Queues one flush's documents and the input positions they cover. {@code midBacklog}: nobody waits for these
     * yet (a backlog is being read), so they may wait to be written with the next flushes'.
     */
    public synchronized void enqueue(Collection<Document> totalsRows,
            Collection<? extends SeriesDocuments.Change> series,
            Collection<Documents.Ranking> rankingDocs, Map<String, Long> marks, boolean midBacklog, List<Sent> sent) {
        spacing.queued(midBacklog, queue.isEmpty());
        queue.add(totalsRows, series, rankingDocs, marks, sent);
        queued++;
        notifyAll();
    }

    /**
     * Waits until everything queued before the call is stored; fails when that takes longer than {@code timeout}.
     * What other partitions queue meanwhile is not waited for.
     */
    public synchronized void drain(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long target = queued;
        draining = true;
        notifyAll();
        try {
            while (stored < target && (writing || !queue.isEmpty())) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IllegalStateException("MongoDB did not take the stored figures in time"
                            + (lastFailure == null ? "" : ": " + lastFailure), lastFailure);
                }
                wait(Math.max(1, left / 1_000_000));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the store", e);
        } finally {
            draining = false;
        }
    }

    /** Forgets what waits (a rebuild clears the store next); waits for a write under way to end. */
    public synchronized void discard(Duration timeout) {
        queue.clear();
        drain(timeout);
    }

    /** Whether a write is under way. */
    public synchronized boolean isWriting() {
        return writing;
    }

    /** Whether nothing waits and nothing is being written. */
    public synchronized boolean isIdle() {
        return !writing && queue.isEmpty();
    }

    /**
     * How many times events went unacknowledged: the rankings queued then were not stored. A partition that sees
     * the count move reads back what is stored and publishes the differences again.
     */
    public synchronized long publishFailures() {
        return publishFailures;
    }

    private void run() {
        while (true) {
            WriteQueue.Batch batch;
            long taking;
            synchronized (this) {
                while (!closed && (queue.isEmpty() || !draining && spacing.defers())) {
                    waitQuietly(queue.isEmpty() ? 0 : spacing.millisLeft());
                }
                if (closed && queue.isEmpty()) {
                    return;
                }
                batch = queue.take();
                taking = queued;
                writing = true;
            }
            try {
                Isolation.awaitAcks(batch.sent(), ackTimeout, deadLetters);
            } catch (RuntimeException e) {
                // what was not published must not be stored as done: the rankings are dropped and the partitions
                // told to republish; the rows and positions received are kept, they are state, not output
                log.warn("Figures were not acknowledged; not storing {} rankings: {}", batch.rankings().size(),
                        e.toString());
                synchronized (this) {
                    requeue(batch, false);
                    publishFailures++;
                }
                continue;
            }
            try {
                long started = System.nanoTime();
                timer.record(() -> write(batch));
                synchronized (this) {
                    writing = false;
                    lastFailure = null;
                    // nothing waiting: whatever was queued is stored, or was discarded
                    stored = queue.isEmpty() ? queued : taking;
                    spacing.wrote(started);
                    notifyAll();
                }
            } catch (RuntimeException e) {
                log.warn("Storing {} rankings failed; trying again: {}", batch.rankings().size(), e.toString());
                synchronized (this) {
                    requeue(batch, true);
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

    private void write(WriteQueue.Batch batch) {
        beforeWrite.run();
        batchWrite.write(batch);
    }

    /** Test hook: runs on the writer thread before every write (a test makes the thread die through it). */
    void beforeEachWrite(Runnable hook) {
        this.beforeWrite = hook;
    }

    private void requeue(WriteQueue.Batch batch, boolean withRankings) {
        queue.requeue(batch, withRankings);
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
