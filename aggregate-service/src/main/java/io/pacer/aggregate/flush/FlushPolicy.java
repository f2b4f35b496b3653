package io.pacer.aggregate.flush;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * When a partition's state publishes what changed. Live traffic (records accepted under ten seconds ago) is
 * published within about a tenth of a second. A backlog (a start, a rebuild, a consumer that fell behind) is
 * coalesced: flushed at most every flush interval, or four times the last flush's duration when that is longer,
 * and not while the store is still writing; and flushed as soon as the consumers fall idle, which is how the end of
 * a backlog is noticed. One per partition state, guarded by its lock; "the consumers" are those that feed it.
 */
public final class FlushPolicy {

    /**
     * A batch whose newest record is older than this is read from a backlog. Not much less: a consumer a few
     * seconds behind under load must go on publishing each batch, as coalescing would only add to its delay.
     */
    static final long BACKLOG_AGE_MS = 10_000;
    /** Live flushes come at least this far apart. */
    static final long LIVE_MIN_MILLIS = 100;
    /** Consumers without a batch for this long have read all there was. */
    private static final long IDLE_NANOS = TimeUnit.MILLISECONDS.toNanos(200);
    /** A poll can take a while: the ledger counts as busy with a backlog this long after its last old batch. */
    private static final long BACKLOG_BUSY_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final long intervalNanos;
    private long lastFlush = System.nanoTime();
    private long lastFlushTook;
    private boolean readingBacklog;
    private long lastActivity = System.nanoTime();
    private long lastLedgerBatch;

    public FlushPolicy(Duration interval) {
        this.intervalNanos = interval.toNanos();
    }

    /** Whether a ledger batch whose newest record was accepted at {@code newestAcceptedMillis} is live traffic. */
    public static boolean isLive(long newestAcceptedMillis) {
        return System.currentTimeMillis() - newestAcceptedMillis < BACKLOG_AGE_MS;
    }

    public void ledgerBatch(boolean live) {
        readingBacklog = !live;
    }

    public void ledgerBatchDone() {
        lastActivity = System.nanoTime();
        lastLedgerBatch = lastActivity;
    }

    public void totalsBatchDone() {
        lastActivity = System.nanoTime();
    }

    /**
     * The next flush is due. Live, once the last one is as old as it took and at least {@value #LIVE_MIN_MILLIS} ms:
     * a flush sends an event for every figure that changed, every sibling's share included, so a few submissions
     * flushed together send far fewer events than each on its own. A backlog's: see the class comment.
     */
    public boolean isDue(boolean storeWriting) {
        long since = System.nanoTime() - lastFlush;
        if (!isReadingBacklog()) {
            return since >= Math.max(TimeUnit.MILLISECONDS.toNanos(LIVE_MIN_MILLIS), lastFlushTook);
        }
        return since >= Math.max(intervalNanos, 4 * lastFlushTook) && !storeWriting;
    }

    /** No consumer has had a batch for a moment. */
    public boolean isIdle() {
        return System.nanoTime() - lastActivity >= IDLE_NANOS;
    }

    /** The ledger consumer is busy with a backlog: its last batch was old, and came within the last second. */
    public boolean isReadingBacklog() {
        return readingBacklog && System.nanoTime() - lastLedgerBatch < BACKLOG_BUSY_NANOS;
    }

    /** Whether the last ledger batch was old. */
    public boolean lastBatchWasBacklog() {
        return readingBacklog;
    }

    /** Notes a flush that started at {@code started} (System.nanoTime()) and has just ended; returns its nanos. */
    public long flushed(long started) {
        lastFlush = System.nanoTime();
        lastFlushTook = lastFlush - started;
        return lastFlushTook;
    }
}
