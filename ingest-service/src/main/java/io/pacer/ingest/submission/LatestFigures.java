package io.pacer.ingest.submission;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;

import io.pacer.events.SubmissionRecord;
import io.pacer.ingest.Versioned;
import org.springframework.stereotype.Component;

/**
 * The figure accepted last per (entity, indicator, period), for the warnings: collection {@code figures}, one
 * document per key holding {@code v} = "offset|value|priorYearValue" ({@link Versioned}), written with
 * {@code $max}, so it only moves forward in ledger offset whichever writer (request path, ledger consumer, replay)
 * comes last. Documents of the earlier layout ({@code value}, {@code priorYearValue}, {@code offset}) are still read.
 */
@Component
class LatestFigures {

    private final MongoCollection<Document> figures;

    LatestFigures(MongoDatabase db) {
        this.figures = db.getCollection("figures");
    }

    static String key(String entityId, String indicator, String period) {
        return entityId + "|" + indicator + "|" + period;
    }

    /** Records with their ledger offsets: one unordered bulk write, the newest per key within the list only. */
    void write(List<SubmissionRecord> records, List<Long> offsets) {
        Map<String, String> newest = new HashMap<>();
        for (int k = 0; k < records.size(); k++) {
            SubmissionRecord r = records.get(k);
            String v = Versioned.of(offsets.get(k), text(r.value()) + "|" + text(r.priorYearValue()));
            newest.merge(key(r.entityId(), r.indicator(), r.period()), v, (a, b) -> a.compareTo(b) >= 0 ? a : b);
        }
        List<WriteModel<Document>> writes = new ArrayList<>(newest.size());
        newest.forEach((id, v) -> writes.add(new UpdateOneModel<>(Filters.eq("_id", id), Updates.max("v", v),
                new UpdateOptions().upsert(true))));
        if (!writes.isEmpty()) {
            figures.bulkWrite(writes, new BulkWriteOptions().ordered(false));
        }
    }

    /** The stored figures among {@code keys}: one query, answered from the {@code _id} index. */
    Map<String, FigureLookup.Recorded> find(Collection<String> keys) {
        Map<String, FigureLookup.Recorded> found = new HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        for (Document d : figures.find(Filters.in("_id", keys))) {
            found.put(d.getString("_id"), recorded(d));
        }
        return found;
    }

    private static FigureLookup.Recorded recorded(Document d) {
        String v = d.getString("v");
        Number legacyOffset = d.get("offset", Number.class);
        if (v == null || legacyOffset != null && legacyOffset.longValue() > Versioned.offset(v)) {
            return new FigureLookup.Recorded(number(d.getString("value")), number(d.getString("priorYearValue")));
        }
        String payload = Versioned.payload(v);
        int bar = payload.indexOf('|');
        return new FigureLookup.Recorded(number(payload.substring(0, bar)), number(payload.substring(bar + 1)));
    }

    private static String text(BigDecimal value) {
        return value == null ? "" : value.toString();
    }

    private static BigDecimal number(String text) {
        return text == null || text.isEmpty() ? null : new BigDecimal(text);
    }
}
