package io.pacer.ingest.register;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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

import io.pacer.events.PacerJson;
import io.pacer.events.ReferenceKeys;
import io.pacer.ingest.Versioned;
import io.pacer.support.reference.ReferenceReplica;
import org.springframework.stereotype.Component;

/**
 * The durable copy of the registers: collections {@code regions}, {@code indicators}, {@code entities},
 * {@code tokens}, one document per id holding {@code v} = the record's JSON prefixed with its topic offset
 * ({@link Versioned}), written with {@code $max} so it only moves forward. Documents written before that field
 * existed ({@code json}, {@code offset}, {@code deleted}) are still read.
 */
@Component
class RegisterCollections {

    interface Sink {
        boolean apply(String key, Object record, long offset);
    }

    private static final List<String> PREFIXES = List.of(ReferenceKeys.REGION, ReferenceKeys.INDICATOR,
            ReferenceKeys.ENTITY, ReferenceKeys.TOKEN);

    private final MongoDatabase db;

    RegisterCollections(MongoDatabase db) {
        this.db = db;
    }

    /** Feeds every stored record to {@code sink}, one find per collection; returns how many there were. */
    int load(Sink sink) {
        int count = 0;
        for (String prefix : PREFIXES) {
            Class<?> type = ReferenceKeys.typeOf(prefix);
            for (Document d : collection(prefix).find()) {
                String key = prefix + d.get("_id");
                long offset = -1;
                String json = null;
                if (d.getString("v") != null) {
                    offset = Versioned.offset(d.getString("v"));
                    json = Versioned.payload(d.getString("v"));
                }
                Number legacyOffset = d.get("offset", Number.class);
                if (legacyOffset != null && legacyOffset.longValue() > offset) {
                    offset = legacyOffset.longValue();
                    json = Boolean.TRUE.equals(d.getBoolean("deleted")) ? "" : d.getString("json");
                }
                if (offset >= 0) {
                    Object record = json == null || json.isEmpty() ? null : PacerJson.mapper().readValue(json, type);
                    sink.apply(key, record, offset);
                    count++;
                }
            }
        }
        return count;
    }

    /** Upserts records by reference key: one unordered bulk write per collection. */
    void write(Map<String, ReferenceReplica.Version> versions) {
        Map<String, List<WriteModel<Document>>> byPrefix = new HashMap<>();
        versions.forEach((key, version) -> {
            String prefix = ReferenceReplica.prefix(key);
            String json = version.record() == null ? ""
                    : new String(PacerJson.write(version.record()), StandardCharsets.UTF_8);
            byPrefix.computeIfAbsent(prefix, p -> new ArrayList<>()).add(new UpdateOneModel<>(
                    Filters.eq("_id", key.substring(prefix.length())),
                    Updates.max("v", Versioned.of(version.offset(), json)), new UpdateOptions().upsert(true)));
        });
        byPrefix.forEach((prefix, writes) -> collection(prefix).bulkWrite(writes, new BulkWriteOptions().ordered(false)));
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
