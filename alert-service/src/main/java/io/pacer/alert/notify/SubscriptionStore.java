package io.pacer.alert.notify;

import static com.mongodb.client.model.Filters.eq;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;

import org.bson.Document;
import org.springframework.stereotype.Component;

import io.pacer.alert.text.Lang;
import io.pacer.events.AlertRule;
import io.pacer.events.Severity;

/** Subscriptions in MongoDB (collection {@code subscriptions}). */
@Component
public class SubscriptionStore {

    private final MongoCollection<Document> subscriptions;

    SubscriptionStore(MongoDatabase database) {
        this.subscriptions = database.getCollection("subscriptions");
    }

    public void save(Subscription s) {
        subscriptions.insertOne(new Document("_id", s.id()).append("owner", s.owner())
                .append("regionIds", s.regionIds()).append("indicators", s.indicators())
                .append("rules", s.rules().stream().map(Enum::name).toList())
                .append("minSeverity", s.minSeverity().name()).append("channel", s.channel().name())
                .append("address", s.address()).append("secret", s.secret())
                .append("createdAt", Date.from(s.createdAt())).append("lang", s.lang().name())
                .append("digest", s.digest().name()));
    }

    public Optional<Subscription> find(String id) {
        return Optional.ofNullable(subscriptions.find(eq("_id", id)).first()).map(SubscriptionStore::subscription);
    }

    public List<Subscription> all() {
        List<Subscription> found = new ArrayList<>();
        subscriptions.find().sort(Sorts.ascending("createdAt")).forEach(doc -> found.add(subscription(doc)));
        return found;
    }

    public boolean delete(String id) {
        return subscriptions.deleteOne(eq("_id", id)).getDeletedCount() > 0;
    }

    private static Subscription subscription(Document doc) {
        return new Subscription(doc.getString("_id"), doc.getString("owner"),
                doc.getList("regionIds", String.class, List.of()), doc.getList("indicators", String.class, List.of()),
                doc.getList("rules", String.class, List.of()).stream().map(AlertRule::valueOf).toList(),
                Severity.valueOf(doc.getString("minSeverity")), Channel.valueOf(doc.getString("channel")),
                doc.getString("address"), doc.getString("secret"), doc.getDate("createdAt").toInstant(),
                doc.getString("lang") == null ? Lang.ZH : Lang.valueOf(doc.getString("lang")),
                doc.getString("digest") == null ? Digest.NONE : Digest.valueOf(doc.getString("digest")));
    }
}
