package io.pacer.aggregate.store;

import java.util.concurrent.TimeUnit;

/**
 * How far apart store writes come. Live, at least 200 ms and up to twice as long as the last write took (at most a
 * second): under load a write then takes several flushes at once (every flush rewrites the rankings it touched)
 * and the store is busy at most a third of the time, rather than rewriting the same rankings back to back. In the
 * middle of a backlog, 10 s, to take the flushes in between. A drain
 * does not wait for the spacing. Guarded by the {@link StoreWriter}'s lock.
 */
final class WriteSpacing {

    private static final long BACKLOG_NANOS = TimeUnit.SECONDS.toNanos(10);
    private static final long LIVE_NANOS = TimeUnit.MILLISECONDS.toNanos(200);
    /** However long the last write took (the end of a backlog, written in one go), the next live one waits no more. */
    private static final long LIVE_MAX_NANOS = TimeUnit.SECONDS.toNanos(1);

    /**
     * How long after the end of the last write what waits may be written: the shortest spacing asked by the flushes
     * queued (counted from the end of the write running when they came, they would be due as soon as it ends).
     */
    private long spacing;
    private long lastWriteEnded = System.nanoTime() - BACKLOG_NANOS;
    private long lastWriteTook;

    /** How long a live write waits after the last one, which took {@code lastWriteTook} nanoseconds. */
    static long live(long lastWriteTook) {
        return Math.max(LIVE_NANOS, Math.min(LIVE_MAX_NANOS, 2 * lastWriteTook));
    }

    /** A flush was queued; {@code first}: nothing else waited. */
    void queued(boolean midBacklog, boolean first) {
        long asked = midBacklog ? BACKLOG_NANOS : live(lastWriteTook);
        spacing = first ? asked : Math.min(spacing, asked);
    }

    /** Whether what waits is not due yet. */
    boolean defers() {
        return System.nanoTime() - lastWriteEnded < spacing;
    }

    /** Milliseconds until what waits is due (at least 1). */
    long millisLeft() {
        return Math.max(1, (lastWriteEnded + spacing - System.nanoTime()) / 1_000_000);
    }

    /** A write that started at {@code started} (System.nanoTime()) has just ended. */
    void wrote(long started) {
        lastWriteEnded = System.nanoTime();
        lastWriteTook = lastWriteEnded - started;
    }
}
