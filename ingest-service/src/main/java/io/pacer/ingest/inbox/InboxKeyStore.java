package io.pacer.ingest.inbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;

import org.springframework.stereotype.Component;

/**
 * The inbox keys that were accepted, in MongoDB collection {@code inbox_keys}: {@code _id} = {@link InboxKeys#id},
 * the content hash, the submission id and where the record was read. Read with one {@code $in} per poll, written
 * in one bulk write after the poll's transaction committed. Writing a key again is harmless (same document).
 */
@Component
class InboxKeyStore {

    /** One accepted key. */
    record Entry(String id, String contentHash, String submissionId, int partition, long offset, Instant at) {
    }

    private final MongoCollection<Document> keys;

    InboxKeyStore(MongoDatabase db) {
        this.keys = db.getCollection("inbox_keys");
    }

    /** Content hash by id, for those of {@code ids} that were accepted. */
    Map<String, String> find(Collection<String> ids) {
        Map<String, String> found = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Document d : keys.find(Filters.in("_id", ids)).projection(Projections.include("hash"))) {
                found.put(d.getString("_id"), d.getString("hash"));
            }
        }
        return found;
    }

    void remember(List<Entry> entries) {
        List<WriteModel<Document>> writes = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            writes.add(new ReplaceOneModel<>(Filters.eq("_id", e.id()), new Document("_id", e.id())
                    .append("hash", e.contentHash()).append("submissionId", e.submissionId())
                    .append("partition", e.partition()).append("offset", e.offset()).append("at", Date.from(e.at())),
                    new ReplaceOptions().upsert(true)));
        }
        if (!writes.isEmpty()) {
            keys.bulkWrite(writes, new BulkWriteOptions().ordered(false));
        }
    }
}
