package io.pacer.ingest.submission;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.bson.conversions.Bson;

import io.pacer.events.SubmissionRecord;
import io.pacer.events.Warning;
import org.springframework.stereotype.Component;

/**
 * Accepted submissions in MongoDB, a projection of the ledger: {@code submissions}, one document per submission,
 * its figures keyed by indicator, {@code late} as its ledger records say (a document written before that mark reads as
 * on time). (The figure accepted last per key, for the warnings, is {@link LatestFigures}.)
 * Both the request path and the ledger consumer write here; every write is an idempotent upsert by {@code _id}, so
 * either path alone, both, or a replay give the same state.
 */
@Component
class HistoryStore {

    private final MongoCollection<Document> submissions;

    HistoryStore(MongoDatabase db) {
        this.submissions = db.getCollection("submissions");
        submissions.createIndex(Indexes.ascending("entityId", "period"));
    }

    /**
     * Ledger records at their offsets, one upsert per submission in one unordered bulk write; {@code notes} (one per
     * record) are known only on the request path, null from the ledger.
     */
    void applyAll(List<SubmissionRecord> records, List<Long> offsets, List<String> notes) {
        Map<String, List<Integer>> bySubmission = new LinkedHashMap<>();
        for (int k = 0; k < records.size(); k++) {
            bySubmission.computeIfAbsent(records.get(k).submissionId(), id -> new ArrayList<>()).add(k);
        }
        List<WriteModel<Document>> writes = new ArrayList<>(bySubmission.size());
        bySubmission.forEach((id, indexes) -> writes.add(new UpdateOneModel<>(Filters.eq("_id", id),
                update(records, offsets, notes, indexes), new UpdateOptions().upsert(true))));
        if (!writes.isEmpty()) {
            submissions.bulkWrite(writes, new BulkWriteOptions().ordered(false));
        }
    }

    private static Bson update(List<SubmissionRecord> records, List<Long> offsets, List<String> notes,
            List<Integer> indexes) {
        SubmissionRecord first = records.get(indexes.get(0));
        long seq = Long.MAX_VALUE;
        Map<String, Document> figures = new LinkedHashMap<>();
        Set<Document> warnings = new LinkedHashSet<>();
        String note = null;
        for (int k : indexes) {
            SubmissionRecord r = records.get(k);
            long offset = offsets.get(k);
            seq = Math.min(seq, offset);
            figures.put(r.indicator(), new Document("value", text(r.value()))
                    .append("priorYearValue", text(r.priorYearValue())).append("offset", offset));
            r.warnings().forEach(w -> warnings.add(doc(w)));
            if (notes != null && notes.get(k) != null) {
                note = notes.get(k);
            }
        }
        List<Bson> updates = new ArrayList<>(List.of(Updates.setOnInsert("entityId", first.entityId()),
                Updates.setOnInsert("period", first.period()),
                Updates.setOnInsert("acceptedAt", first.acceptedAt().toEpochMilli()),
                Updates.setOnInsert("late", first.late()), Updates.min("seq", seq)));
        figures.forEach((indicator, figure) -> updates.add(Updates.set("figures." + indicator, figure)));
        if (note != null) {
            updates.add(Updates.set("note", note));
        }
        if (!warnings.isEmpty()) {
            updates.add(Updates.addEachToSet("warnings", List.copyOf(warnings)));
        }
        return Updates.combine(updates);
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
        item.put("late", d.getBoolean("late", false));
        item.put("warnings", warnings);
        return item;
    }

    private static Document doc(Warning w) {
        return new Document("code", w.code()).append("field", w.field()).append("message", w.message());
    }

    private static String text(BigDecimal value) {
        return value == null ? null : value.toString();
    }

    private static BigDecimal number(String text) {
        return text == null ? null : new BigDecimal(text);
    }
}
