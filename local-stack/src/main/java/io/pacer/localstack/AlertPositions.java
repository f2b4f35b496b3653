package io.pacer.localstack;

import static com.mongodb.client.model.Filters.eq;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import io.pacer.events.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.bson.Document;

/**
 * After a repartition: tells alert-service that everything now on {@code pacer.figures} and {@code
 * pacer.submissions} has been judged, by setting its positions (database {@code pacer_alert}, collection {@code
 * positions}: {@code {_id: topic-partition, topic, partition, next}}) to the topics' ends. alert-service then restores
 * them into memory without judging, and its rebuild judges every target once on the complete figures. Without this,
 * its positions would name offsets of the old topics, and it would judge the republished figures in the order they
 * were published, a region's early months before its late ones: alerts that fire and resolve within a second.
 */
final class AlertPositions {

    static final List<String> JUDGED = List.of(Topics.FIGURES, Topics.SUBMISSIONS);

    private AlertPositions() {
    }

    /** Sets the positions to the committed ends; returns them per topic and partition. */
    static Map<String, Map<Integer, Long>> markJudged(String bootstrapServers, String mongoUri, String database)
            throws InterruptedException, ExecutionException, TimeoutException {
        Map<String, Map<Integer, Long>> ends = ends(bootstrapServers);
        try (MongoClient client = MongoClients.create(mongoUri)) {
            MongoCollection<Document> positions = client.getDatabase(database).getCollection("positions");
            for (String topic : JUDGED) {
                positions.deleteMany(eq("topic", topic));
                ends.get(topic).forEach((partition, next) -> {
                    String id = topic + "-" + partition;
                    positions.replaceOne(eq("_id", id), new Document("_id", id).append("topic", topic)
                            .append("partition", partition).append("next", next), new ReplaceOptions().upsert(true));
                });
            }
        }
        return ends;
    }

    private static Map<String, Map<Integer, Long>> ends(String bootstrapServers)
            throws InterruptedException, ExecutionException, TimeoutException {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "pacer-local-stack-positions");
        try (Admin admin = Admin.create(props)) {
            Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
            admin.describeTopics(JUDGED).allTopicNames().get(30, TimeUnit.SECONDS).forEach((topic, d) ->
                    d.partitions().forEach(p -> latest.put(new TopicPartition(topic, p.partition()),
                            OffsetSpec.latest())));
            Map<String, Map<Integer, Long>> ends = new TreeMap<>();
            admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all()
                    .get(30, TimeUnit.SECONDS).forEach((tp, info) -> ends.computeIfAbsent(tp.topic(),
                            k -> new TreeMap<>()).put(tp.partition(), info.offset()));
            return ends;
        }
    }
}
