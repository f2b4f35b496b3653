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
 * <li>it skips the records written here (at 2,000 figures/s that halves the writes MongoDB takes), by their
 * position on the ledger, before reading them (parsing every record only to skip it was a tenth of the service's
 * CPU under load). Only a hint: a position is added after both writes succeeded, the most recent {@link #CAPACITY}
 * are kept, and a record not found (another instance's, an older one, any after a restart) is simply written,
 * which is idempotent;</li>
 * <li>while requests are coming in, it pauses after each bulk write for as long as the write took, so a catch-up of
 * a long ledger takes at most half of MongoDB's time and the requests' writes wait less behind it.</li>
 * </ul>
 */
@Component
class RequestPathWrites {

    static final int CAPACITY = 50_000;
    static final Duration ACTIVE = Duration.ofSeconds(1);
    static final Duration MAX_PAUSE = Duration.ofMillis(250);

    private final Map<Long, Boolean> positions = new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
            return size() > CAPACITY;
        }
    };
    private volatile long lastWrite = System.nanoTime() - ACTIVE.toNanos();

    synchronized void add(Collection<LedgerPosition> written) {
        written.forEach(p -> positions.put(key(p.partition(), p.offset()), Boolean.TRUE));
        lastWrite = System.nanoTime();
    }

    synchronized boolean contains(int partition, long offset) {
        return partition >= 0 && positions.containsKey(key(partition, offset));
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
