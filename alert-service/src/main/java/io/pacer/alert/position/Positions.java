package io.pacer.alert.position;

import static com.mongodb.client.model.Filters.eq;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;

import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * How far each partition of a consumed topic ({@code pacer.figures}, {@code pacer.submissions}) has been judged
 * (collection {@code positions}): the offset of the next record to judge. It is written after the alerts a poll
 * changed, so on a restart everything before it is only restored into memory, never judged again, and nothing
 * already notified is sent twice.
 */
@Component
public class Positions {

    private final MongoCollection<Document> positions;

    Positions(MongoDatabase database) {
        this.positions = database.getCollection("positions");
    }

    /** The next offset to judge per partition; a partition never judged is absent. */
    public Map<Integer, Long> load(String topic) {
        Map<Integer, Long> found = new HashMap<>();
        positions.find(eq("topic", topic)).forEach(doc -> found.put(doc.getInteger("partition"),
                doc.get("next", Number.class).longValue()));
        return found;
    }

    public void save(String topic, Map<Integer, Long> next) {
        List<WriteModel<Document>> writes = new ArrayList<>();
        next.forEach((partition, offset) -> {
            if (partition >= 0) {
                String id = topic + "-" + partition;
                writes.add(new ReplaceOneModel<>(eq("_id", id), new Document("_id", id).append("topic", topic)
                        .append("partition", partition).append("next", offset), new ReplaceOptions().upsert(true)));
            }
        });
        if (!writes.isEmpty()) {
            positions.bulkWrite(writes);
        }
    }
}
