package io.pacer.ingest.submission;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.pacer.ingest.Versioned;

/**
 * Carries a {@code figures} collection of the earlier layout (one document per figure, {@code _id}
 * "entity|indicator|period" with {@code value}, {@code priorYearValue}, {@code offset}) over to the current one (one
 * document per entity and period), once per database, so that a request looks up one layout, not both (each
 * lookup is work for the wire server). Each figure is folded in with {@code $max} and its old document deleted,
 * and a marker in {@code meta} is written last, so an interrupted upgrade simply runs again.
 */
final class FiguresLayout {

    private static final Logger log = LoggerFactory.getLogger(FiguresLayout.class);
    private static final String MARKER = "figures-layout";
    private static final int CURRENT = 2;
    private static final int CHUNK = 1000;

    private FiguresLayout() {
    }

    static void upgrade(MongoDatabase db, MongoCollection<Document> figures) {
        MongoCollection<Document> meta = db.getCollection("meta");
        if (meta.find(Filters.eq("_id", MARKER)).first() != null) {
            return;
        }
        int carried = 0;
        List<WriteModel<Document>> writes = new ArrayList<>();
        for (Document d : figures.find()) {
            String id = d.getString("_id");
            String[] parts = id == null ? new String[0] : id.split("\\|");
            if (parts.length != 3 || d.get("i") != null) {
                continue;
            }
            String v = d.getString("v");
            if (v == null && d.get("offset", Number.class) != null) {
                v = Versioned.of(d.get("offset", Number.class).longValue(), text(d.getString("value")) + "|"
                        + text(d.getString("priorYearValue")));
            }
            if (v != null) {
                writes.add(new UpdateOneModel<>(Filters.eq("_id", parts[0] + "|" + parts[2]),
                        Updates.max("i." + parts[1], v), new UpdateOptions().upsert(true)));
            }
            writes.add(new DeleteOneModel<>(Filters.eq("_id", id)));
            carried++;
            if (writes.size() >= CHUNK) {
                figures.bulkWrite(writes, new BulkWriteOptions().ordered(true));
                writes.clear();
            }
        }
        if (!writes.isEmpty()) {
            figures.bulkWrite(writes, new BulkWriteOptions().ordered(true));
        }
        meta.updateOne(Filters.eq("_id", MARKER), Updates.set("version", CURRENT), new UpdateOptions().upsert(true));
        if (carried > 0) {
            log.info("carried {} figures of the earlier layout over to one document per entity and period", carried);
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
