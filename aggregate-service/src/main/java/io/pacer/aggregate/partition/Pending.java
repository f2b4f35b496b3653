package io.pacer.aggregate.partition;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import io.pacer.aggregate.store.SeriesDocuments;
import org.bson.Document;

/**
 * What the next flush must store besides the figures: the totals rows received from the level below, the entities'
 * series that changed, the input
 * positions (checkpoints) they and the ledger records reached, and when the applied submissions were accepted (for
 * the submission-to-ranking latency). Kept until a flush succeeds, so a failed one loses nothing.
 */
final class Pending {

    private final Map<String, Document> totalsRows = new LinkedHashMap<>();
    private final Map<String, Long> checkpoints = new LinkedHashMap<>();
    /** The (group, entity, indicator) series that took an entry, by their stored id. */
    private final Map<String, SeriesKey> series = new LinkedHashMap<>();
    private long[] acceptedAt = new long[1024];
    private int accepted;

    void totals(Document row) {
        totalsRows.put(row.getString("_id"), row);
    }

    record SeriesKey(String group, String entityId, String indicator) {
    }

    void series(String group, String entityId, String indicator) {
        series.putIfAbsent(SeriesDocuments.id(group, entityId, indicator), new SeriesKey(group, entityId, indicator));
    }

    Collection<SeriesKey> series() {
        return series.values();
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
        return totalsRows.isEmpty() && checkpoints.isEmpty() && series.isEmpty();
    }

    void clear() {
        clear(true);
    }

    /** Forgets what a flush took: the series' keys only when it took them too. */
    void clear(boolean withSeries) {
        totalsRows.clear();
        checkpoints.clear();
        if (withSeries) {
            series.clear();
        }
        accepted = 0;
    }
}
