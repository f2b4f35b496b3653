package io.pacer.alert.figure;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;

import org.bson.Document;
import org.springframework.stereotype.Component;

import io.pacer.alert.Decimals;
import io.pacer.alert.rule.FigureLookup;
import io.pacer.alert.rule.FigurePoint;
import io.pacer.events.FigureEvent;
import io.pacer.events.Period;

/**
 * The rules' read model in MongoDB (collection {@code figures}): the latest {@link FigureEvent} per region,
 * indicator and month, replaced whole, so redelivery and replay converge on the same documents.
 */
@Component
public class FigureStore implements FigureLookup {

    private final MongoCollection<Document> figures;

    FigureStore(MongoDatabase database) {
        this.figures = database.getCollection("figures");
        figures.createIndex(Indexes.ascending("parentId", "indicator", "period"));
        figures.createIndex(Indexes.ascending("regionId", "indicator", "year", "period"));
        figures.createIndex(Indexes.ascending("regionId", "indicator", "period"), new IndexOptions().unique(true));
    }

    /** Stores the event; returns the point it became. */
    public FigurePoint apply(FigureEvent event) {
        FigurePoint point = FigurePoint.of(event);
        Document doc = new Document("_id", id(point.regionId(), event.indicator(), point.period()))
                .append("regionId", point.regionId())
                .append("parentId", point.parentId())
                .append("indicator", event.indicator())
                .append("period", point.period().toString())
                .append("year", point.period().year())
                .append("ytd", Decimals.toBson(point.ytd()))
                .append("growthPct", point.growthPct())
                .append("reported", point.reported())
                .append("growthRank", point.growthRank())
                .append("growthRankChange", point.growthRankChange());
        figures.replaceOne(eq("_id", doc.get("_id")), doc, new ReplaceOptions().upsert(true));
        return point;
    }

    @Override
    public FigurePoint figure(String regionId, String indicator, Period period) {
        Document doc = figures.find(eq("_id", id(regionId, indicator, period))).first();
        return doc == null ? null : point(doc);
    }

    @Override
    public List<FigurePoint> children(String parentId, String indicator, Period period) {
        List<FigurePoint> found = new ArrayList<>();
        figures.find(and(eq("parentId", parentId), eq("indicator", indicator), eq("period", period.toString())))
                .forEach(doc -> found.add(point(doc)));
        return found;
    }

    @Override
    public Optional<Period> latestReportedMonth(String regionId, String indicator, int year) {
        Document doc = figures.find(and(eq("regionId", regionId), eq("indicator", indicator), eq("year", year),
                gt("reported", 0))).sort(Sorts.descending("period")).limit(1).first();
        return doc == null ? Optional.empty() : Optional.of(Period.parse(doc.getString("period")));
    }

    private static String id(String regionId, String indicator, Period period) {
        return regionId + "|" + indicator + "|" + period;
    }

    private static FigurePoint point(Document doc) {
        return new FigurePoint(doc.getString("regionId"), doc.getString("parentId"),
                Period.parse(doc.getString("period")), Decimals.fromBson(doc.get("ytd")), doc.getDouble("growthPct"),
                doc.getInteger("reported", 0), doc.getInteger("growthRank"), doc.getInteger("growthRankChange"));
    }
}
