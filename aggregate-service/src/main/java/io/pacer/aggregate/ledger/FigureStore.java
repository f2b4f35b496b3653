package io.pacer.aggregate.ledger;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
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
 * The aggregate's MongoDB projection: the region figures, the totals received from the level below, and per input
 * partition the last offset whose effects are stored. The entities' series are not stored: the ledger holds them
 * and is replayed on assignment. Every write is an idempotent upsert by {@code _id}; no transactions.
 */
@Component
public class FigureStore {

    /** Where an earlier version kept the entities' series; dropped, the ledger is replayed instead. */
    private static final String LEGACY_SERIES = "series";
    static final String CHILD_TOTALS = "child_totals";
    public static final String FIGURES = "figures";
    static final String CHECKPOINTS = "checkpoints";

    private final MongoDatabase database;

    FigureStore(MongoDatabase database) {
        this.database = database;
        collection(LEGACY_SERIES).drop();
        collection(CHILD_TOTALS).createIndex(Indexes.ascending("partition"));
        collection(FIGURES).createIndex(Indexes.ascending("parentId", "indicator", "period"));
    }

    public MongoCollection<Document> collection(String name) {
        return database.getCollection(name);
    }

    /** Writes in the order that keeps recovery safe: state rows, then figures, then the checkpoints. */
    void write(Collection<Document> totals, Collection<Document> figures, Map<String, Long> checkpoints) {
        upsert(CHILD_TOTALS, totals);
        upsert(FIGURES, figures);
        List<Document> marks = new ArrayList<>();
        checkpoints.forEach((partition, offset) -> marks.add(new Document("_id", partition).append("offset", offset)));
        upsert(CHECKPOINTS, marks);
    }

    Long checkpoint(String partition) {
        Document d = collection(CHECKPOINTS).find(Filters.eq("_id", partition)).first();
        return d == null ? null : d.getLong("offset");
    }

    void forEachTotals(String partition, Consumer<Document> action) {
        collection(CHILD_TOTALS).find(Filters.eq("partition", partition)).forEach(action);
    }

    void forEachFigure(Collection<String> groups, Consumer<Document> action) {
        if (!groups.isEmpty()) {
            collection(FIGURES).find(Filters.or(Filters.in("parentId", groups), Filters.and(
                    Filters.eq("parentId", null), Filters.in("regionId", groups)))).forEach(action);
        }
    }

    /** Forgets everything: the next assignment replays every input from offset 0. */
    void clear() {
        for (String name : List.of(CHILD_TOTALS, FIGURES, CHECKPOINTS)) {
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
