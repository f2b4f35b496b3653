package io.pacer.aggregate.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;

/**
 * What waits to be written, coalesced: a document still waiting is replaced by its newer version and a checkpoint
 * by a later one, so the queue is bounded by the number of rankings, never by the ledger. Guarded by the
 * {@link StoreWriter}'s lock.
 */
final class WriteQueue {

    /**
     * One write: totals rows and entities' series (state: whole, or entries appended), rankings, checkpoints, and
     * the acknowledgements of the events they store.
     */
    record Batch(Map<String, Document> rows, Map<String, SeriesDocuments.Snapshot> series,
            Map<String, SeriesDocuments.Appended> appended, Map<String, Documents.Ranking> rankings,
            Map<String, Long> marks, List<Sent> sent) {
    }

    /** The most series one write takes. */
    static final int SERIES_PER_WRITE = 2_000;

    private Map<String, Document> totals = new LinkedHashMap<>();
    private Map<String, SeriesDocuments.Snapshot> series = new LinkedHashMap<>();
    private Map<String, SeriesDocuments.Appended> appended = new LinkedHashMap<>();
    private Map<String, Documents.Ranking> rankings = new LinkedHashMap<>();
    private Map<String, Long> checkpoints = new HashMap<>();
    private List<Sent> acks = new ArrayList<>();

    /**
     * A series written whole replaces what waits of it, entries appended included (it holds them); entries appended
     * are added to those waiting.
     */
    void add(Collection<Document> totalsRows, Collection<? extends SeriesDocuments.Change> changed,
            Collection<Documents.Ranking> rankingDocs, Map<String, Long> marks, List<Sent> sent) {
        acks.addAll(sent);
        totalsRows.forEach(d -> totals.put(d.getString("_id"), d));
        for (SeriesDocuments.Change c : changed) {
            if (c instanceof SeriesDocuments.Snapshot whole) {
                series.put(whole.id(), whole);
                appended.remove(whole.id());
            } else if (c instanceof SeriesDocuments.Appended entries) {
                appended.merge(entries.id(), entries, SeriesDocuments.Appended::plus);
            }
        }
        rankingDocs.forEach(r -> rankings.put(r.id(), r));
        marks.forEach((partition, offset) -> checkpoints.merge(partition, offset, Math::max));
    }

    /**
     * Everything waiting as one write, except that it takes at most {@value #SERIES_PER_WRITE} whole series: the end of a
     * catch-up queues every series at once, and the rankings queued after it must not wait for all of them. The
     * series' checkpoints wait in the queue until the last series queued before them is taken.
     */
    Batch take() {
        Map<String, SeriesDocuments.Snapshot> someSeries = series;
        Map<String, Long> marks = checkpoints;
        if (series.size() <= SERIES_PER_WRITE) {
            series = new LinkedHashMap<>();
            checkpoints = new HashMap<>();
        } else {
            someSeries = new LinkedHashMap<>();
            Iterator<Map.Entry<String, SeriesDocuments.Snapshot>> rest = series.entrySet().iterator();
            while (someSeries.size() < SERIES_PER_WRITE) {
                Map.Entry<String, SeriesDocuments.Snapshot> next = rest.next();
                someSeries.put(next.getKey(), next.getValue());
                rest.remove();
            }
            marks = new HashMap<>();
            for (Iterator<Map.Entry<String, Long>> all = checkpoints.entrySet().iterator(); all.hasNext();) {
                Map.Entry<String, Long> mark = all.next();
                if (!SeriesDocuments.isSeriesCheckpoint(mark.getKey())) {
                    marks.put(mark.getKey(), mark.getValue());
                    all.remove();
                }
            }
        }
        Batch batch = new Batch(totals, someSeries, appended, rankings, marks, acks);
        totals = new LinkedHashMap<>();
        appended = new LinkedHashMap<>();
        rankings = new LinkedHashMap<>();
        acks = new ArrayList<>();
        return batch;
    }

    /**
     * Puts a write that did not happen back under anything newer that waits. A newer checkpoint waiting covers this
     * one's documents too, which are waiting again.
     */
    void requeue(Batch batch, boolean withRankings) {
        batch.rows().forEach(totals::putIfAbsent);
        // entries appended before a series now waiting whole are in it; those of the batch's own whole are not
        batch.appended().forEach((id, older) -> {
            if (!series.containsKey(id)) {
                appended.merge(id, older, (newer, old) -> old.plus(newer));
            }
        });
        batch.series().forEach(series::putIfAbsent);
        if (withRankings) {
            batch.rankings().forEach(rankings::putIfAbsent);
        }
        batch.marks().forEach(checkpoints::putIfAbsent);
    }

    void clear() {
        totals.clear();
        series.clear();
        appended.clear();
        rankings.clear();
        checkpoints.clear();
        acks.clear();
    }

    boolean isEmpty() {
        return totals.isEmpty() && series.isEmpty() && appended.isEmpty() && rankings.isEmpty()
                && checkpoints.isEmpty();
    }
}
