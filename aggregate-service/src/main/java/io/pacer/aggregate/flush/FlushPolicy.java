package io.pacer.aggregate.flush;

import java.util.concurrent.TimeUnit;

/**
 * When a partition's state publishes live traffic (records accepted under ten seconds ago): within about a tenth of
 * a second, by the state's consumer thread or the flush timer. Whether its ledger reads a backlog instead is noted
 * here too; a backlog's flushes follow the instance's {@link BacklogClock}. One per partition state, guarded by its
 * lock.
 */
public final class FlushPolicy {

    /**
     * A batch whose newest record is older than this is read from a backlog. Not much less: a consumer a few
     * seconds behind under load must go on publishing each batch, as coalescing would only add to its delay.
     */
    static final long BACKLOG_AGE_MS = 10_000;
    /** Live flushes come at least this far apart. */
    static final long LIVE_MIN_MILLIS = 100;

    private long lastFlush = System.nanoTime();
    private long lastFlushTook;
    private boolean readingBacklog;
    /** When the last ledger batch came; 0: none yet. */
    private long lastLedgerBatch;

    /** Whether a ledger batch whose newest record was accepted at {@code newestAcceptedMillis} is live traffic. */
    public static boolean isLive(long newestAcceptedMillis) {
        return System.currentTimeMillis() - newestAcceptedMillis < BACKLOG_AGE_MS;
    }

    public void ledgerBatch(boolean live) {
        readingBacklog = !live;
        lastLedgerBatch = System.nanoTime();
    }

    public void ledgerBatchDone() {
        lastLedgerBatch = System.nanoTime();
    }

    /**
     * A live flush is due once the last one is as old as it took and at least {@value #LIVE_MIN_MILLIS} ms: a flush
     * sends an event for every figure that changed, every sibling's share included, so a few submissions flushed
     * together send far fewer events than each on its own.
     */
    public boolean isDue() {
        return System.nanoTime() - lastFlush >= Math.max(TimeUnit.MILLISECONDS.toNanos(LIVE_MIN_MILLIS),
                lastFlushTook);
    }

    /** The ledger is busy with a backlog: its last batch was old, and came within the last second. */
    public boolean isReadingBacklog() {
        return readingBacklog && recent();
    }

    /** The ledger is fed live traffic: its last batch was live, and came within the last second. */
    public boolean isFedLive() {
        return !readingBacklog && lastLedgerBatch != 0 && recent();
    }

    private boolean recent() {
        return System.nanoTime() - lastLedgerBatch < BacklogClock.BACKLOG_BUSY_NANOS;
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
