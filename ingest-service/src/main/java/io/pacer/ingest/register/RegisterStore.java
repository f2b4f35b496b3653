package io.pacer.ingest.register;

import java.util.List;
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

import io.pacer.events.Indicator;
import io.pacer.events.PacerJson;
import io.pacer.events.ReferenceKeys;
import io.pacer.events.Region;
import io.pacer.events.ReportingEntity;
import io.pacer.events.TokenRecord;
import org.springframework.stereotype.Component;

/**
 * ingest's projection of {@code pacer.reference} in MongoDB (db pacer_ingest). Each document keeps the record's
 * JSON and the topic offset it came from; an update applies only if its offset is newer, so the request path and
 * the topic consumer may both apply a record, in any order, any number of times, and end in the topic's state.
 */
@Component
public class RegisterStore implements RegisterView {

    private final MongoDatabase db;

    RegisterStore(MongoDatabase db) {
        this.db = db;
        collection(ReferenceKeys.REGION).createIndex(Indexes.ascending("parentId"));
        collection(ReferenceKeys.ENTITY).createIndex(Indexes.ascending("regionId"));
    }

    /** Applies one reference record read at {@code offset} of {@code pacer.reference}. */
    public void apply(String key, Object record, long offset) {
        Class<?> type = ReferenceKeys.typeOf(key);
        if (type == null) {
            return;
        }
        String prefix = key.substring(0, key.indexOf(':') + 1);
        String id = key.substring(prefix.length());
        Bson update = Updates.combine(Updates.set("json", record == null ? null : new String(PacerJson.write(record),
                java.nio.charset.StandardCharsets.UTF_8)), Updates.set("offset", offset),
                Updates.set("deleted", record == null), Updates.set("parentId", record instanceof Region r ? r.parentId() : null),
                Updates.set("regionId", record instanceof ReportingEntity e ? e.regionId() : null));
        Bson newer = Filters.and(Filters.eq("_id", id), Filters.lt("offset", offset));
        try {
            collection(prefix).updateOne(newer, update, new UpdateOptions().upsert(true));
        }
        catch (MongoWriteException e) {
            // The upsert found a document with this id that is as new or newer: nothing to do.
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    @Override
    public Optional<Region> region(String id) {
        return find(ReferenceKeys.REGION, id, Region.class);
    }

    @Override
    public Optional<Indicator> indicator(String code) {
        return find(ReferenceKeys.INDICATOR, code, Indicator.class);
    }

    @Override
    public Optional<ReportingEntity> entity(String id) {
        return find(ReferenceKeys.ENTITY, id, ReportingEntity.class);
    }

    public Optional<TokenRecord> token(String sha256) {
        return find(ReferenceKeys.TOKEN, sha256, TokenRecord.class);
    }

    @Override
    public boolean hasChildRegions(String regionId) {
        return live(ReferenceKeys.REGION, Filters.eq("parentId", regionId)).first() != null;
    }

    @Override
    public boolean hasEntities(String regionId) {
        return live(ReferenceKeys.ENTITY, Filters.eq("regionId", regionId)).first() != null;
    }

    public List<Region> regions() {
        return all(ReferenceKeys.REGION, Region.class);
    }

    public List<Indicator> indicators() {
        return all(ReferenceKeys.INDICATOR, Indicator.class);
    }

    public List<ReportingEntity> entities() {
        return all(ReferenceKeys.ENTITY, ReportingEntity.class);
    }

    public List<TokenRecord> tokens() {
        return all(ReferenceKeys.TOKEN, TokenRecord.class);
    }

    private <T> Optional<T> find(String prefix, String id, Class<T> type) {
        if (id == null) {
            return Optional.empty();
        }
        Document doc = live(prefix, Filters.eq("_id", id)).first();
        return Optional.ofNullable(doc).map(d -> PacerJson.mapper().readValue(d.getString("json"), type));
    }

    private <T> List<T> all(String prefix, Class<T> type) {
        return live(prefix, Filters.empty()).sort(Sorts.ascending("_id"))
                .map(d -> PacerJson.mapper().readValue(d.getString("json"), type)).into(new java.util.ArrayList<>());
    }

    private com.mongodb.client.FindIterable<Document> live(String prefix, Bson filter) {
        return collection(prefix).find(Filters.and(filter, Filters.ne("deleted", true)));
    }

    private MongoCollection<Document> collection(String prefix) {
        return db.getCollection(switch (prefix) {
            case ReferenceKeys.REGION -> "regions";
            case ReferenceKeys.INDICATOR -> "indicators";
            case ReferenceKeys.ENTITY -> "entities";
            case ReferenceKeys.TOKEN -> "tokens";
            default -> throw new IllegalArgumentException("not a reference key prefix: " + prefix);
        });
    }
}
