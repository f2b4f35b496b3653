package io.pacer.alert.notify;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;

import org.bson.Document;
import org.springframework.stereotype.Component;

import io.pacer.events.AlertEvent;
import io.pacer.events.PacerJson;

/**
 * Transitions waiting for a daily digest (collection {@code digests}), one document per (subscription, alert,
 * sequence), so a restart loses none and handing the same transitions over again collects nothing twice.
 */
@Component
class DigestStore {

    /** One collected transition. */
    record Entry(String id, AlertEvent event) {
    }

    private final MongoCollection<Document> digests;

    DigestStore(MongoDatabase database) {
        this.digests = database.getCollection("digests");
        digests.createIndex(Indexes.ascending("subscriptionId", "at"));
    }

    void collect(String subscriptionId, List<AlertEvent> events, Instant now) {
        for (AlertEvent e : events) {
            try {
                digests.insertOne(new Document("_id", subscriptionId + ":" + e.alertId() + "#" + e.sequence())
                        .append("subscriptionId", subscriptionId).append("at", Date.from(now))
                        .append("json", new String(PacerJson.write(e), StandardCharsets.UTF_8)));
            } catch (MongoWriteException ex) {
                if (ex.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw ex;
                }
            }
        }
    }

    /** The subscription's collected transitions, oldest first. */
    List<Entry> waiting(String subscriptionId) {
        List<Entry> found = new ArrayList<>();
        digests.find(eq("subscriptionId", subscriptionId)).sort(Sorts.ascending("at", "_id"))
                .forEach(d -> found.add(new Entry(d.getString("_id"), PacerJson.read(
                        d.getString("json").getBytes(StandardCharsets.UTF_8), AlertEvent.class))));
        return found;
    }

    void remove(Collection<String> ids) {
        if (!ids.isEmpty()) {
            digests.deleteMany(in("_id", ids));
        }
    }
}
