package io.pacer.aggregate.partition;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.bson.Document;

/**
 * What the next flush must store besides the figures: the totals rows received from the level below, the input
 * positions (checkpoints) they and the ledger records reached, and when the applied submissions were accepted (for
 * the submission-to-ranking latency). Kept until a flush succeeds, so a failed one loses nothing.
 */
final class Pending {

    private final Map<String, Document> totalsRows = new LinkedHashMap<>();
    private final Map<String, Long> checkpoints = new LinkedHashMap<>();
    private long[] acceptedAt = new long[1024];
    private int accepted;

    void totals(Document row) {
        totalsRows.put(row.getString("_id"), row);
    }

    void position(String partition, long offset) {
        checkpoints.merge(partition, offset, Math::max);
    }

    void accepted(Instant at) {
        if (at == null) {
            return;
        }
        if (accepted == acceptedAt.length) {
            acceptedAt = Arrays.copyOf(acceptedAt, accepted * 2);
        }
        acceptedAt[accepted++] = at.toEpochMilli();
    }

    /** Forgets the acceptance times noted since {@code count}: a backlog's records are not live latency. */
    void dropAccepted(int count) {
        accepted = Math.min(accepted, count);
    }

    Collection<Document> totalsRows() {
        return totalsRows.values();
    }

    Map<String, Long> checkpoints() {
        return checkpoints;
    }

    /** Epoch milliseconds at which the pending ledger records were accepted (the first {@link #acceptedCount()}). */
    long[] acceptedAt() {
        return acceptedAt;
    }

    int acceptedCount() {
        return accepted;
    }

    boolean isEmpty() {
        return totalsRows.isEmpty() && checkpoints.isEmpty();
    }

    void clear() {
        totalsRows.clear();
        checkpoints.clear();
        accepted = 0;
    }
}
