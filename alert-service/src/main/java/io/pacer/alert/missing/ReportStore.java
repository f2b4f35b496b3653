package io.pacer.alert.missing;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import java.util.HashSet;
import java.util.Set;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;

import org.bson.Document;
import org.springframework.stereotype.Component;

import io.pacer.events.Period;
import io.pacer.events.SubmissionRecord;

/** Which (entity, indicator, month) has a figure on the ledger (collection {@code reports}); replays converge. */
@Component
class ReportStore {

    private final MongoCollection<Document> reports;

    ReportStore(MongoDatabase database) {
        this.reports = database.getCollection("reports");
        reports.createIndex(Indexes.ascending("entityId", "indicator", "year"));
        reports.createIndex(Indexes.ascending("entityId", "period"));
    }

    void apply(SubmissionRecord record) {
        Period period = Period.parse(record.period());
        String id = record.entityId() + "|" + record.indicator() + "|" + period;
        reports.replaceOne(eq("_id", id), new Document("_id", id).append("entityId", record.entityId())
                .append("indicator", record.indicator()).append("period", period.toString())
                .append("year", period.year()), new ReplaceOptions().upsert(true));
    }

    Set<Period> reported(String entityId, String indicator, int year) {
        Set<Period> months = new HashSet<>();
        reports.find(and(eq("entityId", entityId), eq("indicator", indicator), eq("year", year)))
                .forEach(d -> months.add(Period.parse(d.getString("period"))));
        return months;
    }

    /** The entity's first reported month, for any indicator; null when it never reported. */
    Period firstReported(String entityId) {
        Document first = reports.find(eq("entityId", entityId)).sort(Sorts.ascending("period")).limit(1).first();
        return first == null ? null : Period.parse(first.getString("period"));
    }
}
