package io.pacer.alert.target;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import java.util.ArrayList;
import java.util.Collection;
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

/** Targets in MongoDB (collection {@code targets}), one document per (year, region, indicator), replaced whole. */
@Component
public class TargetStore {

    private final MongoCollection<Document> targets;

    TargetStore(MongoDatabase database) {
        this.targets = database.getCollection("targets");
        targets.createIndex(Indexes.ascending("year", "regionId", "indicator"), new IndexOptions().unique(true));
        targets.createIndex(Indexes.ascending("indicator", "year"));
    }

    public void save(Target target) {
        Document doc = new Document("_id", id(target.key()))
                .append("year", target.year())
                .append("regionId", target.regionId())
                .append("indicator", target.indicator())
                .append("annualTarget", Decimals.toBson(target.annualTarget()))
                .append("growthTargetPct", Decimals.toBson(target.growthTargetPct()))
                .append("curve", target.curve().name())
                .append("yellowGapPts", Decimals.toBson(target.yellowGapPts()))
                .append("redGapPts", Decimals.toBson(target.redGapPts()));
        targets.replaceOne(eq("_id", doc.get("_id")), doc, new ReplaceOptions().upsert(true));
    }

    public Optional<Target> find(TargetKey key) {
        return Optional.ofNullable(targets.find(eq("_id", id(key))).first()).map(TargetStore::target);
    }

    public List<Target> forYear(int year) {
        return list(targets.find(eq("year", year)).sort(Sorts.ascending("regionId", "indicator")));
    }

    /** The targets of an indicator in any of the given years. */
    public List<Target> forIndicator(String indicator, Collection<Integer> years) {
        return list(targets.find(and(eq("indicator", indicator), in("year", years))));
    }

    public List<Target> forIndicator(String indicator) {
        return list(targets.find(eq("indicator", indicator)));
    }

    public List<Target> forRegion(String regionId) {
        return list(targets.find(eq("regionId", regionId)));
    }

    private static List<Target> list(Iterable<Document> docs) {
        List<Target> found = new ArrayList<>();
        docs.forEach(doc -> found.add(target(doc)));
        return found;
    }

    private static String id(TargetKey key) {
        return key.year() + "|" + key.regionId() + "|" + key.indicator();
    }

    private static Target target(Document doc) {
        return new Target(doc.getInteger("year"), doc.getString("regionId"), doc.getString("indicator"),
                Decimals.fromBson(doc.get("annualTarget")), Decimals.fromBson(doc.get("growthTargetPct")),
                Curve.valueOf(doc.getString("curve")), Decimals.fromBson(doc.get("yellowGapPts")),
                Decimals.fromBson(doc.get("redGapPts")));
    }
}
