package io.pacer.alert.notify;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lte;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;

import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Notifications to deliver and the log of every attempt (collection {@code deliveries}). Pending ones survive a
 * restart; a worker claims one by pushing its next attempt into the future, so two workers never send it at once.
 */
@Component
public class DeliveryStore {

    public static final String PENDING = "PENDING";
    public static final String DELIVERED = "DELIVERED";
    public static final String FAILED = "FAILED";
    public static final String CANCELLED = "CANCELLED";

    private final MongoCollection<Document> deliveries;

    DeliveryStore(MongoDatabase database) {
        this.deliveries = database.getCollection("deliveries");
        deliveries.createIndex(Indexes.ascending("status", "nextAttemptAt"));
        deliveries.createIndex(Indexes.ascending("subscriptionId", "createdAt"));
    }

    /** Queues a delivery; false when one with this id (the same transitions for the same subscription) exists. */
    public boolean enqueue(String id, String subscriptionId, String body, Instant now) {
        try {
            deliveries.insertOne(new Document("_id", id).append("subscriptionId", subscriptionId)
                    .append("body", body).append("status", PENDING).append("attempts", 0)
                    .append("nextAttemptAt", Date.from(now)).append("createdAt", Date.from(now))
                    .append("log", List.of()));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    /** Claims the next due delivery until {@code leaseUntil}; empty when none is due. */
    public Optional<Document> claimDue(Instant now, Instant leaseUntil) {
        return Optional.ofNullable(deliveries.findOneAndUpdate(
                and(eq("status", PENDING), lte("nextAttemptAt", Date.from(now))),
                Updates.set("nextAttemptAt", Date.from(leaseUntil)),
                new FindOneAndUpdateOptions().sort(Sorts.ascending("nextAttemptAt"))
                        .returnDocument(ReturnDocument.AFTER)));
    }

    /** Records one attempt and what follows it: a final status, or PENDING with the next attempt's time. */
    public void recordAttempt(String id, Document attempt, String status, Instant nextAttemptAt) {
        deliveries.updateOne(eq("_id", id), Updates.combine(Updates.push("log", attempt), Updates.inc("attempts", 1),
                Updates.set("status", status),
                Updates.set("nextAttemptAt", nextAttemptAt == null ? null : Date.from(nextAttemptAt))));
    }

    public void cancel(String id, Document attempt) {
        recordAttempt(id, attempt, CANCELLED, null);
    }

    public List<Document> forSubscription(String subscriptionId) {
        List<Document> found = new ArrayList<>();
        deliveries.find(eq("subscriptionId", subscriptionId)).sort(Sorts.descending("createdAt")).forEach(found::add);
        return found;
    }
}
