package io.pacer.alert.lifecycle;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.in;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import io.pacer.events.AlertEvent;
import io.pacer.events.AlertState;
import io.pacer.events.PacerJson;
import io.pacer.events.Severity;

/**
 * Alerts in MongoDB (collection {@code alerts}), one document per fingerprint. Without transactions, a transition
 * and the event announcing it are written in the same document (its {@code pending} outbox), and a {@code version}
 * guards against two writers: the loser gets {@link ConcurrentUpdateException} and re-evaluates.
 */
@Component
public class AlertStore {

    private final MongoCollection<Document> alerts;

    AlertStore(MongoDatabase database) {
        this.alerts = database.getCollection("alerts");
        alerts.createIndex(Indexes.ascending("rule", "regionId", "indicator", "year", "entityId"),
                new IndexOptions().unique(true));
        alerts.createIndex(Indexes.ascending("state", "severity"));
        alerts.createIndex(Indexes.ascending("pendingCount"));
    }

    /** An alert as read, with what a write needs to detect a concurrent one. */
    public record Stored(Alert alert, long version, List<Document> pending) {
    }

    public Optional<Stored> find(String id) {
        return Optional.ofNullable(alerts.find(eq("_id", id)).first()).map(AlertStore::stored);
    }

    public Map<String, Stored> find(Collection<String> ids) {
        Map<String, Stored> found = new LinkedHashMap<>();
        alerts.find(in("_id", ids)).forEach(doc -> found.put(doc.getString("_id"), stored(doc)));
        return found;
    }

    /** Writes {@code after} over {@code before} (null: a new alert), queueing {@code transition} when given. */
    public void save(Stored before, Alert after, AlertEvent transition) {
        List<Document> pending = new ArrayList<>(before == null ? List.of() : before.pending());
        if (transition != null) {
            pending.add(new Document("sequence", transition.sequence())
                    .append("json", new String(PacerJson.write(transition), StandardCharsets.UTF_8)));
        }
        long version = before == null ? 1 : before.version() + 1;
        Document doc = AlertDocuments.toDocument(after).append("version", version).append("pending", pending)
                .append("pendingCount", pending.size());
        if (before == null) {
            try {
                alerts.insertOne(doc);
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                    throw new ConcurrentUpdateException(after.id());
                }
                throw e;
            }
        } else if (alerts.replaceOne(and(eq("_id", after.id()), eq("version", before.version())), doc)
                .getMatchedCount() == 0) {
            throw new ConcurrentUpdateException(after.id());
        }
    }

    /** The ids of alerts with transitions not yet published. */
    public List<String> withPending() {
        List<String> ids = new ArrayList<>();
        alerts.find(gt("pendingCount", 0)).projection(new Document("_id", 1))
                .forEach(doc -> ids.add(doc.getString("_id")));
        return ids;
    }

    /** Drops a published transition from the outbox; bumps the version so a writer that read it retries. */
    public void published(String id, long sequence) {
        alerts.updateOne(eq("_id", id), Updates.combine(Updates.pull("pending", eq("sequence", sequence)),
                Updates.inc("pendingCount", -1), Updates.inc("version", 1)));
    }

    public List<Alert> search(Bson filter) {
        List<Alert> found = new ArrayList<>();
        alerts.find(filter).sort(Sorts.descending("changedAt")).forEach(doc -> found.add(AlertDocuments.toAlert(doc)));
        return found;
    }

    public long countFiring(Severity severity) {
        return alerts.countDocuments(and(eq("state", AlertState.FIRING.name()), eq("severity", severity.name())));
    }

    private static Stored stored(Document doc) {
        Number version = doc.get("version", Number.class);
        return new Stored(AlertDocuments.toAlert(doc), version == null ? 0 : version.longValue(),
                doc.getList("pending", Document.class, List.of()));
    }
}
