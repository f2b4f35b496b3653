package io.pacer.ingest.submission;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;

import io.pacer.events.SubmissionRecord;
import io.pacer.events.Warning;
import org.springframework.stereotype.Component;

/**
 * Accepted submissions in MongoDB, a projection of the ledger: {@code submissions} (one document per submission,
 * its figures keyed by indicator) and {@code figures} (the figure accepted last per entity, indicator and period,
 * for the warnings). Both the request path and the ledger consumer write here; every write is an idempotent upsert
 * and figures only move forward in ledger offset, so either path alone, both, or a replay give the same state.
 */
@Component
class HistoryStore implements FigureLookup {

    private final MongoCollection<Document> submissions;
    private final MongoCollection<Document> figures;

    HistoryStore(MongoDatabase db) {
        this.submissions = db.getCollection("submissions");
        this.figures = db.getCollection("figures");
        submissions.createIndex(Indexes.ascending("entityId", "period"));
    }

    /** One ledger record at its offset; {@code note} is known only on the request path (null from the ledger). */
    void apply(SubmissionRecord r, long offset, String note) {
        List<Bson> updates = new ArrayList<>(List.of(
                Updates.setOnInsert("entityId", r.entityId()), Updates.setOnInsert("period", r.period()),
                Updates.setOnInsert("acceptedAt", r.acceptedAt().toEpochMilli()),
                Updates.min("seq", offset),
                Updates.set("figures." + r.indicator(), new Document("value", text(r.value()))
                        .append("priorYearValue", text(r.priorYearValue())).append("offset", offset))));
        if (note != null) {
            updates.add(Updates.set("note", note));
        }
        if (!r.warnings().isEmpty()) {
            updates.add(Updates.addEachToSet("warnings", r.warnings().stream().map(HistoryStore::doc).toList()));
        }
        submissions.updateOne(Filters.eq("_id", r.submissionId()), Updates.combine(updates),
                new UpdateOptions().upsert(true));
        latest(r, offset);
    }

    private void latest(SubmissionRecord r, long offset) {
        String id = key(r.entityId(), r.indicator(), r.period());
        Bson update = Updates.combine(Updates.set("value", text(r.value())),
                Updates.set("priorYearValue", text(r.priorYearValue())), Updates.set("offset", offset));
        try {
            figures.updateOne(Filters.and(Filters.eq("_id", id), Filters.lt("offset", offset)), update,
                    new UpdateOptions().upsert(true));
        }
        catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    @Override
    public Optional<Recorded> figure(String entityId, String indicator, String period) {
        Document doc = figures.find(Filters.eq("_id", key(entityId, indicator, period))).first();
        return Optional.ofNullable(doc).map(d -> new Recorded(number(d.getString("value")),
                number(d.getString("priorYearValue"))));
    }

    /** One entity's submissions (optionally of one period), newest first. */
    List<Map<String, Object>> history(String entityId, String period) {
        Bson filter = period == null ? Filters.eq("entityId", entityId)
                : Filters.and(Filters.eq("entityId", entityId), Filters.eq("period", period));
        List<Map<String, Object>> items = new ArrayList<>();
        for (Document d : submissions.find(filter).sort(Sorts.descending("acceptedAt", "seq"))) {
            items.add(item(d));
        }
        return items;
    }

    private static Map<String, Object> item(Document d) {
        Document byIndicator = d.get("figures", Document.class);
        List<Map.Entry<String, Object>> entries = new ArrayList<>(byIndicator.entrySet());
        entries.sort(Comparator.comparingLong(e -> ((Document) e.getValue()).get("offset", Number.class).longValue()));
        List<Map<String, Object>> figureList = new ArrayList<>();
        for (Map.Entry<String, Object> e : entries) {
            Document f = (Document) e.getValue();
            Map<String, Object> figure = new java.util.LinkedHashMap<>();
            figure.put("indicator", e.getKey());
            figure.put("value", number(f.getString("value")));
            figure.put("priorYearValue", number(f.getString("priorYearValue")));
            figureList.add(figure);
        }
        List<Map<String, Object>> warnings = d.getList("warnings", Document.class, List.of()).stream()
                .map(w -> Map.<String, Object>of("code", w.getString("code"), "field", w.getString("field"),
                        "message", w.getString("message")))
                .toList();
        Map<String, Object> item = new java.util.LinkedHashMap<>();
        item.put("submissionId", d.getString("_id"));
        item.put("entityId", d.getString("entityId"));
        item.put("period", d.getString("period"));
        item.put("figures", figureList);
        item.put("note", d.getString("note"));
        item.put("acceptedAt", Instant.ofEpochMilli(d.get("acceptedAt", Number.class).longValue()));
        item.put("warnings", warnings);
        return item;
    }

    private static Document doc(Warning w) {
        return new Document("code", w.code()).append("field", w.field()).append("message", w.message());
    }

    private static String key(String entityId, String indicator, String period) {
        return entityId + "|" + indicator + "|" + period;
    }

    private static String text(BigDecimal value) {
        return value == null ? null : value.toString();
    }

    private static BigDecimal number(String text) {
        return text == null ? null : new BigDecimal(text);
    }
}
