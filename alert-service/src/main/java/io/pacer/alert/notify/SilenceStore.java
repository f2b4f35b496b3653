package io.pacer.alert.notify;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;

import org.bson.Document;
import org.springframework.stereotype.Component;

/** Silences in MongoDB (collection {@code silences}); deleting one expires it, so the record stays. */
@Component
public class SilenceStore {

    private final MongoCollection<Document> silences;

    SilenceStore(MongoDatabase database) {
        this.silences = database.getCollection("silences");
    }

    public void save(Silence s) {
        List<Document> matchers = s.matchers().stream()
                .map(m -> new Document("name", m.name()).append("value", m.value())).toList();
        silences.insertOne(new Document("_id", s.id()).append("matchers", matchers).append("until", Date.from(s.until()))
                .append("reason", s.reason()).append("createdBy", s.createdBy())
                .append("createdAt", Date.from(s.createdAt())));
    }

    public List<Silence> activeAt(Instant now) {
        List<Silence> found = new ArrayList<>();
        silences.find(gt("until", Date.from(now))).sort(Sorts.ascending("until")).forEach(d -> found.add(silence(d)));
        return found;
    }

    public Optional<Silence> find(String id) {
        return Optional.ofNullable(silences.find(eq("_id", id)).first()).map(SilenceStore::silence);
    }

    public void expire(String id, Instant now) {
        silences.updateOne(eq("_id", id), Updates.set("until", Date.from(now)));
    }

    private static Silence silence(Document d) {
        List<Silence.Matcher> matchers = d.getList("matchers", Document.class, List.of()).stream()
                .map(m -> new Silence.Matcher(m.getString("name"), m.getString("value"))).toList();
        return new Silence(d.getString("_id"), matchers, d.getDate("until").toInstant(), d.getString("reason"),
                d.getString("createdBy"), d.getDate("createdAt").toInstant());
    }
}
