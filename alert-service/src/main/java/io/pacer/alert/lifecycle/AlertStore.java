package io.pacer.alert.lifecycle;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.in;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoException;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.WriteModel;
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
        dropFingerprintIndexWithoutProject();
        alerts.createIndex(Indexes.ascending("rule", "regionId", "indicator", "year", "entityId", "projectId"),
                new IndexOptions().unique(true));
        alerts.createIndex(Indexes.ascending("state", "severity"));
        alerts.createIndex(Indexes.ascending("pendingCount"));
    }

    /** The fingerprint's index from before SIGN_TO_PILE would allow one project's alert per region and year. */
    private void dropFingerprintIndexWithoutProject() {
        String old = "rule_1_regionId_1_indicator_1_year_1_entityId_1";
        for (Document index : alerts.listIndexes()) {
            if (old.equals(index.getString("name"))) {
                try {
                    alerts.dropIndex(old);
                } catch (MongoException e) {
                    // another instance dropped it first
                }
            }
        }
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

    /** One alert to write: {@code after} over {@code before} (null: a new alert), queueing {@code transition}. */
    public record Write(Stored before, Alert after, AlertEvent transition) {

        Stored stored() {
            List<Document> pending = new ArrayList<>(before == null ? List.of() : before.pending());
            if (transition != null) {
                pending.add(new Document("sequence", transition.sequence())
                        .append("json", new String(PacerJson.write(transition), StandardCharsets.UTF_8)));
            }
            return new Stored(after, before == null ? 1 : before.version() + 1, pending);
        }
    }

    /** Writes {@code after} over {@code before} (null: a new alert), queueing {@code transition} when given. */
    public Stored save(Stored before, Alert after, AlertEvent transition) {
        Write write = new Write(before, after, transition);
        if (!saveAll(List.of(write)).isEmpty()) {
            throw new ConcurrentUpdateException(after.id());
        }
        return write.stored();
    }

    /**
     * Writes the alerts in one round trip, each guarded by the version it was read at; returns the ids of those
     * another writer changed meanwhile (not written: re-read and re-apply them).
     */
    public Set<String> saveAll(List<Write> writes) {
        if (writes.isEmpty()) {
            return Set.of();
        }
        List<WriteModel<Document>> models = new ArrayList<>();
        // tells our write from another writer's of the same version when the matched count is short
        String writeId = UUID.randomUUID().toString();
        for (Write w : writes) {
            Stored next = w.stored();
            Document doc = AlertDocuments.toDocument(next.alert()).append("version", next.version())
                    .append("pending", next.pending()).append("pendingCount", next.pending().size())
                    .append("writeId", writeId);
            models.add(w.before() == null ? new InsertOneModel<>(doc)
                    : new ReplaceOneModel<>(and(eq("_id", w.after().id()), eq("version", w.before().version())), doc));
        }
        Set<String> conflicts = new HashSet<>();
        int replaces = (int) writes.stream().filter(w -> w.before() != null).count();
        int matched;
        try {
            matched = alerts.bulkWrite(models, new BulkWriteOptions().ordered(false)).getMatchedCount();
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                if (error.getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                conflicts.add(writes.get(error.getIndex()).after().id());
            }
            matched = e.getWriteResult().getMatchedCount();
        }
        if (matched < replaces) {
            List<String> replaced = writes.stream().filter(w -> w.before() != null).map(w -> w.after().id()).toList();
            Set<String> ours = new HashSet<>();
            alerts.find(and(in("_id", replaced), eq("writeId", writeId))).projection(new Document("_id", 1))
                    .forEach(doc -> ours.add(doc.getString("_id")));
            replaced.stream().filter(id -> !ours.contains(id)).forEach(conflicts::add);
        }
        return conflicts;
    }

    /** Every alert, as read at start-up into memory. */
    public Map<String, Stored> all() {
        Map<String, Stored> found = new HashMap<>();
        alerts.find().forEach(doc -> found.put(doc.getString("_id"), stored(doc)));
        return found;
    }

    /** The ids of alerts with transitions not yet published. */
    public List<String> withPending() {
        List<String> ids = new ArrayList<>();
        alerts.find(gt("pendingCount", 0)).projection(new Document("_id", 1))
                .forEach(doc -> ids.add(doc.getString("_id")));
        return ids;
    }

    /**
     * Drops published transitions from the outboxes of alerts as they were last written ({@code current}), one
     * round trip, each guarded by its version and bumping it. Returns what each alert became; an alert another
     * writer changed meanwhile is left out (its outbox keeps the transitions, which the clock publishes again:
     * consumers drop repeats by alert id and sequence).
     */
    public Map<String, Stored> published(Map<String, Stored> current, Map<String, Set<Long>> sequences) {
        List<WriteModel<Document>> models = new ArrayList<>();
        Map<String, Stored> after = new HashMap<>();
        sequences.forEach((id, published) -> {
            Stored before = current.get(id);
            List<Document> remaining = before.pending().stream()
                    .filter(d -> !published.contains(d.get("sequence", Number.class).longValue())).toList();
            after.put(id, new Stored(before.alert(), before.version() + 1, remaining));
            models.add(new UpdateOneModel<>(and(eq("_id", id), eq("version", before.version())), Updates.combine(
                    Updates.set("pending", remaining), Updates.set("pendingCount", remaining.size()),
                    Updates.inc("version", 1))));
        });
        if (models.isEmpty()) {
            return after;
        }
        if (alerts.bulkWrite(models, new BulkWriteOptions().ordered(false)).getMatchedCount() < models.size()) {
            find(after.keySet()).forEach((id, stored) -> {
                if (stored.version() != after.get(id).version() || stored.pending().size() != after.get(id)
                        .pending().size()) {
                    after.remove(id);
                }
            });
        }
        return after;
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
