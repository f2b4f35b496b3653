package io.pacer.ingest.submission;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.bson.conversions.Bson;

import io.pacer.events.SubmissionRecord;
import io.pacer.ingest.Versioned;
import org.springframework.stereotype.Component;

/**
 * The figure accepted last per (entity, indicator, period), for the warnings: collection {@code figures}, one
 * document per entity and period ({@code _id} "entity|period"), holding per indicator "offset|value|priorYearValue"
 * ({@link Versioned}) under {@code i.<indicator>}, written with {@code $max}, so each figure only moves forward in
 * ledger offset whichever writer (request path, ledger consumer, replay) comes last. A submission is one document
 * write, and its warnings read three documents. A database of the earlier layout is carried over once at start
 * ({@link FiguresLayout}).
 */
@Component
class LatestFigures {

    private final MongoCollection<Document> figures;

    LatestFigures(MongoDatabase db) {
        this.figures = db.getCollection("figures");
        FiguresLayout.upgrade(db, figures);
    }

    /** The key a figure is looked up by (and the {@code _id} of the earlier per-figure layout). */
    static String key(String entityId, String indicator, String period) {
        return entityId + "|" + indicator + "|" + period;
    }

    /** Records with their ledger offsets: one upsert per entity and period, in one unordered bulk write. */
    void write(List<SubmissionRecord> records, List<Long> offsets) {
        Map<String, Map<String, String>> byDocument = new HashMap<>();
        for (int k = 0; k < records.size(); k++) {
            SubmissionRecord r = records.get(k);
            String v = Versioned.of(offsets.get(k), text(r.value()) + "|" + text(r.priorYearValue()));
            byDocument.computeIfAbsent(r.entityId() + "|" + r.period(), id -> new HashMap<>())
                    .merge(r.indicator(), v, (a, b) -> a.compareTo(b) >= 0 ? a : b);
        }
        List<WriteModel<Document>> writes = new ArrayList<>(byDocument.size());
        byDocument.forEach((id, byIndicator) -> {
            List<Bson> max = new ArrayList<>(byIndicator.size());
            byIndicator.forEach((indicator, v) -> max.add(Updates.max("i." + indicator, v)));
            writes.add(new UpdateOneModel<>(Filters.eq("_id", id), Updates.combine(max),
                    new UpdateOptions().upsert(true)));
        });
        if (!writes.isEmpty()) {
            figures.bulkWrite(writes, new BulkWriteOptions().ordered(false));
        }
    }

    /**
     * The stored figures among {@code keys} (made by {@link #key}): one {@code _id $in} query for the documents of
     * their entities and periods, which the wire server answers from its {@code _id} index.
     */
    Map<String, FigureLookup.Recorded> find(Collection<String> keys) {
        Map<String, FigureLookup.Recorded> found = new HashMap<>();
        Set<String> ids = new HashSet<>();
        for (String key : keys) {
            String[] parts = key.split("\\|");
            ids.add(parts[0] + "|" + parts[2]);
        }
        if (ids.isEmpty()) {
            return found;
        }
        Set<String> wanted = new HashSet<>(keys);
        for (Document d : figures.find(Filters.in("_id", ids))) {
            String id = d.getString("_id");
            Document byIndicator = d.get("i", Document.class);
            int bar = id.lastIndexOf('|');
            if (byIndicator != null) {
                byIndicator.forEach((indicator, v) -> {
                    String key = key(id.substring(0, bar), indicator, id.substring(bar + 1));
                    if (wanted.contains(key)) {
                        String payload = Versioned.payload((String) v);
                        int cut = payload.indexOf('|');
                        found.put(key, new FigureLookup.Recorded(number(payload.substring(0, cut)),
                                number(payload.substring(cut + 1))));
                    }
                });
            }
        }
        return found;
    }

    private static String text(BigDecimal value) {
        return value == null ? "" : value.toString();
    }

    private static BigDecimal number(String text) {
        return text == null || text.isEmpty() ? null : new BigDecimal(text);
    }
}
