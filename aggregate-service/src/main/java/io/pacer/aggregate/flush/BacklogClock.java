package io.pacer.aggregate.flush;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The one clock of an instance's backlog flushes (a start, a rebuild, a consumer that fell behind). While a backlog
 * is read, the partition states that hold one flush together, in rounds: at most every flush interval (or four
 * times as long as the last round's flushes took, when that is longer) and not while the store is still writing;
 * and every state at once when all the instance's consumers have been idle for a moment, which is how the end of a
 * backlog is noticed. The upper levels, fed by the totals of several states, are thus recomputed once per round,
 * not once per state's flush, and a catch-up publishes each figure about once. The totals that the end-of-backlog
 * flushes send to the next level count as part of the backlog: they are flushed together, at the next idle moment.
 * Live traffic is not held by this clock ({@link FlushPolicy}). Thread-safe.
 */
public final class BacklogClock {

    /** Consumers without a batch for this long have read all there was. */
    static final long IDLE_NANOS = TimeUnit.MILLISECONDS.toNanos(200);
    /** A poll can take a while: the instance reads a backlog this long after its last old batch. */
    static final long BACKLOG_BUSY_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final long intervalNanos;
    /** Batches being applied now: the instance is not idle while one is. */
    private int applying;
    private long lastBatchEnded = System.nanoTime();
    private long lastBacklog = System.nanoTime() - 2 * BACKLOG_BUSY_NANOS;
    private long round;
    private long roundStarted = System.nanoTime();
    private long roundTook;
    private long lastRoundTook;

    public BacklogClock(Duration interval) {
        this.intervalNanos = interval.toNanos();
    }

    public synchronized void batchStarted() {
        applying++;
    }

    public synchronized void batchEnded() {
        applying--;
        lastBatchEnded = System.nanoTime();
    }

    /** A ledger batch of old records was read; the first of a backlog starts its first round's interval. */
    public synchronized void backlogBatch() {
        long now = System.nanoTime();
        if (now - lastBacklog >= BACKLOG_BUSY_NANOS) {
            roundStarted = now;
        }
        lastBacklog = now;
    }

    /** Whether the instance reads a backlog: an old ledger batch, or the end of a backlog, within the last second. */
    public synchronized boolean isBacklog() {
        return System.nanoTime() - lastBacklog < BACKLOG_BUSY_NANOS;
    }

    /** No consumer of the instance is applying a batch or has had one for a moment. */
    public synchronized boolean isIdle() {
        return applying == 0 && System.nanoTime() - lastBatchEnded >= IDLE_NANOS;
    }

    /** The current round of backlog flushes; a new one starts when due. A state flushes once per round. */
    public synchronized long round(boolean storeWriting) {
        long now = System.nanoTime();
        if (!storeWriting && now - roundStarted >= Math.max(intervalNanos, 4 * lastRoundTook)) {
            round++;
            roundStarted = now;
            lastRoundTook = roundTook;
            roundTook = 0;
        }
        return round;
    }

    /** The current round, without starting one: what a state's flush, whatever its cause, covers. */
    public synchronized long currentRound() {
        return round;
    }

    /** A backlog flush of the current round took {@code nanos}. */
    public synchronized void flushed(long nanos) {
        roundTook += nanos;
    }

    /**
     * The idle instance flushed a backlog's end: what those flushes send to the next level is still the backlog's,
     * flushed at the next idle moment; and the next round comes an interval from now.
     */
    public synchronized void backlogFlushed() {
        lastBacklog = System.nanoTime();
        roundStarted = lastBacklog;
    }
}
