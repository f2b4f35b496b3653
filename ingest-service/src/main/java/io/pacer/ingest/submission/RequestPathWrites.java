package io.pacer.ingest.submission;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import io.pacer.ingest.ledger.LedgerPosition;
import org.springframework.stereotype.Component;

/**
 * What this instance's request path has just written to the history, and when, for the ledger consumer, which reads
 * the same records a moment later and shares the one MongoDB with the requests:
 * <ul>
 * <li>it skips the records written here (so MongoDB takes each figure's history write once, not twice), by their
 * position on the ledger, before reading them (a skipped record is never parsed). The consumer reads a record
 * within milliseconds of its commit, while the request path is still writing it, so a position is marked as being
 * written when the commit returns, and the consumer waits (up to its deadline) until it is written, or its write
 * failed and the consumer writes it instead. Otherwise only a hint:
 * the most recent {@link #CAPACITY} are kept, and a record not found (another instance's, an older one, any after a
 * restart, one whose wait ran out) is simply written, which is idempotent;</li>
 * <li>while requests are coming in, it pauses after each bulk write for as long as the write took, so a catch-up of
 * a long ledger takes at most half of MongoDB's time and the requests' writes wait less behind it.</li>
 * </ul>
 */
@Component
class RequestPathWrites {

    static final int CAPACITY = 50_000;
    static final Duration ACTIVE = Duration.ofSeconds(1);
    static final Duration MAX_PAUSE = Duration.ofMillis(250);

    // TRUE: written by the request path; FALSE: being written
    private final Map<Long, Boolean> positions = new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
            return size() > CAPACITY;
        }
    };
    private volatile long lastWrite = System.nanoTime() - ACTIVE.toNanos();

    /** The request path is about to write these records' history. */
    synchronized void writing(Collection<LedgerPosition> committed) {
        committed.forEach(p -> positions.put(key(p.partition(), p.offset()), Boolean.FALSE));
    }

    /** The request path wrote these records' history. */
    synchronized void written(Collection<LedgerPosition> committed) {
        committed.forEach(p -> positions.put(key(p.partition(), p.offset()), Boolean.TRUE));
        lastWrite = System.nanoTime();
        notifyAll();
    }

    /** The request path could not write these records' history: the ledger consumer will. */
    synchronized void failed(Collection<LedgerPosition> committed) {
        committed.forEach(p -> positions.remove(key(p.partition(), p.offset())));
        notifyAll();
    }

    /**
     * Whether the request path wrote the record at this position; while it is still writing it, waits until it is
     * done or {@code deadlineNanos} (System.nanoTime) passes.
     */
    synchronized boolean wrote(int partition, long offset, long deadlineNanos) {
        if (partition < 0) {
            return false;
        }
        Long key = key(partition, offset);
        Boolean state;
        while ((state = positions.get(key)) == Boolean.FALSE) {
            long left = deadlineNanos - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return state == Boolean.TRUE;
    }

    private static Long key(int partition, long offset) {
        return ((long) partition << 48) ^ offset;
    }

    /** How long the ledger consumer should pause after a write that took {@code took}: zero when no requests come. */
    Duration pauseAfter(Duration took) {
        boolean active = System.nanoTime() - lastWrite < ACTIVE.toNanos();
        return active ? (took.compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : took) : Duration.ZERO;
    }
}
