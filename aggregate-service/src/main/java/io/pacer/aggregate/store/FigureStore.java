package io.pacer.aggregate.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;

import org.springframework.stereotype.Component;

/**
 * The aggregate's MongoDB projection: the region figures, the totals received from the level below, the entities'
 * series (whole, plus the entries appended since; read by drill-downs on any instance; the owner rebuilds its own in memory by replaying the ledger on
 * assignment), and per input partition the last offset whose effects are stored. Every write is an idempotent upsert by {@code _id}; no transactions.
 */
@Component
public class FigureStore {

    /** Where an earlier version kept the entities' series; dropped, the ledger is replayed instead. */
    private static final String LEGACY_SERIES = "series";
    static final String CHILD_TOTALS = "child_totals";
    /** Where an earlier version kept one document per figure; dropped, the figures are stored per ranking. */
    private static final String LEGACY_FIGURES = "figures";
    /** One document per (group, indicator, period): the ranked figures of a parent's children (and of the top). */
    public static final String RANKINGS = "rankings";
    static final String CHECKPOINTS = "checkpoints";
    /** One document per (ledger group, entity, indicator): the series behind the figures, for drill-downs. */
    static final String SERIES = "entity_series";

    private final MongoDatabase database;

    public FigureStore(MongoDatabase database) {
        this.database = database;
        collection(LEGACY_SERIES).drop();
        collection(LEGACY_FIGURES).drop();
        collection(CHILD_TOTALS).createIndex(Indexes.ascending("partition"));
        collection(RANKINGS).createIndex(Indexes.ascending("group"));
        collection(SERIES).createIndex(Indexes.ascending("regionId"));
        collection(SeriesDocuments.ENTRY_COLLECTION).createIndex(Indexes.ascending("indicator"));
    }

    public MongoCollection<Document> collection(String name) {
        return database.getCollection(name);
    }

    /** Writes in the order that keeps recovery safe: state rows, then rankings, then the checkpoints. */
    public void write(Collection<Document> totals, Collection<Document> rankings, Map<String, Long> checkpoints) {
        upsert(CHILD_TOTALS, totals);
        upsert(RANKINGS, rankings);
        List<Document> marks = new ArrayList<>();
        checkpoints.forEach((partition, offset) -> marks.add(new Document("_id", partition).append("offset", offset)));
        upsert(CHECKPOINTS, marks);
    }

    /** Writes entities' series: state, like the totals rows, so before the rankings and checkpoints covering it. */
    public void writeSeries(Collection<Document> series) {
        upsert(SERIES, series);
    }

    /**
     * Entries appended to series since they were last written whole: first those of {@code rewritten}, series just
     * written whole (which hold them), are dropped, then {@code entries} are written.
     */
    public void writeEntries(Collection<String> rewritten, Collection<Document> entries) {
        if (!rewritten.isEmpty()) {
            collection(SeriesDocuments.ENTRY_COLLECTION).deleteMany(Filters.in(SeriesDocuments.SERIES_ID, rewritten));
        }
        upsert(SeriesDocuments.ENTRY_COLLECTION, entries);
    }

    /**
     * The stored series of the entities whose latest figure counts in one of the regions, for one indicator, each
     * as one whole document: the entries appended since it was written whole are merged in (they may have moved an
     * entity into the regions, or out of them).
     */
    public void forEachSeries(Collection<String> regionIds, String indicator, Consumer<Document> action) {
        if (regionIds.isEmpty()) {
            return;
        }
        Map<String, Document> wholes = new LinkedHashMap<>();
        collection(SERIES).find(Filters.and(Filters.in("regionId", regionIds), Filters.eq("indicator", indicator)))
                .forEach(d -> wholes.put(d.getString("_id"), d));
        Map<String, List<Document>> appended = new HashMap<>();
        Set<String> movedIn = new HashSet<>();
        Set<String> regions = new HashSet<>(regionIds);
        collection(SeriesDocuments.ENTRY_COLLECTION).find(Filters.eq("indicator", indicator)).forEach(e -> {
            String id = e.getString(SeriesDocuments.SERIES_ID);
            appended.computeIfAbsent(id, k -> new ArrayList<>()).add(e);
            if (regions.contains(e.getString("r")) && !wholes.containsKey(id)) {
                movedIn.add(id);
            }
        });
        Map<String, Document> others = new HashMap<>();
        if (!movedIn.isEmpty()) {
            collection(SERIES).find(Filters.in("_id", movedIn)).forEach(d -> others.put(d.getString("_id"), d));
        }
        for (String id : movedIn) {
            wholes.putIfAbsent(id, others.get(id));
        }
        wholes.forEach((id, whole) -> {
            List<Document> entries = appended.get(id);
            Document series = entries == null ? whole : SeriesDocuments.merged(whole, entries);
            if (entries == null || regions.contains(series.getString("regionId"))) {
                action.accept(series);
            }
        });
    }

    public Long checkpoint(String partition) {
        Document d = collection(CHECKPOINTS).find(Filters.eq("_id", partition)).first();
        return d == null ? null : d.getLong("offset");
    }

    public void forEachTotals(String partition, Consumer<Document> action) {
        collection(CHILD_TOTALS).find(Filters.eq("partition", partition)).forEach(action);
    }

    /** Every stored figure of the groups, one document each. */
    public void forEachFigure(Collection<String> groups, Consumer<Document> action) {
        if (!groups.isEmpty()) {
            collection(RANKINGS).find(Filters.in("group", groups))
                    .forEach(ranking -> Documents.figuresOf(ranking).forEach(action));
        }
    }

    /** The stored figures of a group's ranking (the parent's children, and the parent itself at the top). */
    public List<Document> ranking(String group, String indicator, String period) {
        Document ranking = collection(RANKINGS).find(Filters.eq("_id", Documents.rankingId(group, indicator,
                period))).first();
        return ranking == null ? List.of() : Documents.figuresOf(ranking);
    }

    /** A region's stored figure, looked up in its parent's ranking (or its own, at the top); null when none. */
    public Document figure(String group, String regionId, String indicator, String period) {
        return ranking(group, indicator, period).stream().filter(f -> regionId.equals(f.getString("regionId")))
                .findFirst().orElse(null);
    }

    /** Forgets everything: the next assignment replays every input from offset 0. */
    public void clear() {
        for (String name : List.of(CHILD_TOTALS, SERIES, SeriesDocuments.ENTRY_COLLECTION, RANKINGS, CHECKPOINTS)) {
            collection(name).deleteMany(new Document());
        }
    }

    private void upsert(String name, Collection<Document> documents) {
        if (documents.isEmpty()) {
            return;
        }
        List<WriteModel<Document>> writes = new ArrayList<>(documents.size());
        ReplaceOptions upsert = new ReplaceOptions().upsert(true);
        for (Document d : documents) {
            writes.add(new ReplaceOneModel<>(Filters.eq("_id", d.get("_id")), d, upsert));
        }
        collection(name).bulkWrite(writes, new BulkWriteOptions().ordered(false));
    }
}
