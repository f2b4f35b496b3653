package io.pacer.aggregate.partition;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.pacer.aggregate.figure.LedgerEntry;
import io.pacer.aggregate.store.SeriesDocuments;
import io.pacer.events.Period;
import org.bson.Document;

/**
 * What the next flush must store besides the figures: the totals rows received from the level below, the entities'
 * series that changed (with the entries they took while those are few: a live flush appends them), the input
 * positions (checkpoints) they and the ledger records reached, and when the applied submissions were accepted (for
 * the submission-to-ranking latency). Kept until a flush succeeds, so a failed one loses nothing.
 */
final class Pending {

    private final Map<String, Document> totalsRows = new LinkedHashMap<>();
    private final Map<String, Long> checkpoints = new LinkedHashMap<>();
    /** The (group, entity, indicator) series that took an entry, by their stored id. */
    private final Map<String, SeriesChange> series = new LinkedHashMap<>();
    private long[] acceptedAt = new long[1024];
    private int accepted;

    void totals(Document row) {
        totalsRows.put(row.getString("_id"), row);
    }

    /** A series stores the entries it took when they are this few (a live flush), else the whole of it. */
    static final int APPEND_MAX = 2;

    /** A series that took entries: those entries while they are few, else null (the whole series is stored). */
    static final class SeriesChange {

        final String group;
        final String entityId;
        final String indicator;
        List<Period> periods = new ArrayList<>(1);
        List<LedgerEntry> entries = new ArrayList<>(1);

        SeriesChange(String group, String entityId, String indicator) {
            this.group = group;
            this.entityId = entityId;
            this.indicator = indicator;
        }

        boolean isWhole() {
            return entries == null;
        }
    }

    void series(String group, String entityId, String indicator, Period period, LedgerEntry entry) {
        SeriesChange change = series.computeIfAbsent(SeriesDocuments.id(group, entityId, indicator),
                id -> new SeriesChange(group, entityId, indicator));
        if (change.isWhole()) {
            return;
        }
        if (change.entries.size() == APPEND_MAX) {
            change.periods = null;
            change.entries = null;
        } else {
            change.periods.add(period);
            change.entries.add(entry);
        }
    }

    Collection<SeriesChange> series() {
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
