package io.pacer.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import io.pacer.events.Topics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlertPositionsTest {

    @TempDir
    Path dataDir;

    @Test
    void everyPartitionOfTheJudgedTopicsIsMarkedJudgedUpToItsEndAndPositionsOfVanishedPartitionsGo()
            throws Exception {
        try (KafkaBroker broker = new KafkaBroker(dataDir, FreePorts.next(), FreePorts.next()).start();
                MongoWireServer mongo = MongoWireServer.inMemory().start(0);
                MongoClient client = MongoClients.create(mongo.uri())) {
            String bootstrap = broker.bootstrapServers();
            PacerTopics.ensure(bootstrap, 2);
            try (KafkaProducer<String, String> producer = KafkaClients.transactionalProducer(bootstrap, "pos")) {
                producer.initTransactions();
                producer.beginTransaction();
                producer.send(new ProducerRecord<>(Topics.FIGURES, 1, "p", "a"));
                producer.send(new ProducerRecord<>(Topics.FIGURES, 1, "p", "b"));
                producer.commitTransaction();
            }
            MongoCollection<Document> positions = client.getDatabase("pacer_alert").getCollection("positions");
            positions.insertOne(new Document("_id", Topics.FIGURES + "-5").append("topic", Topics.FIGURES)
                    .append("partition", 5).append("next", 9000L));

            Map<String, Map<Integer, Long>> ends = AlertPositions.markJudged(bootstrap, mongo.uri(), "pacer_alert");

            // two records and the transaction's commit marker
            assertThat(ends).containsEntry(Topics.FIGURES, Map.of(0, 0L, 1, 3L))
                    .containsEntry(Topics.SUBMISSIONS, Map.of(0, 0L, 1, 0L));
            List<String> stored = new ArrayList<>();
            positions.find().forEach(d -> stored.add(d.getString("_id") + "=" + d.get("next", Number.class)
                    .longValue() + "@" + d.getString("topic") + "/" + d.getInteger("partition")));
            assertThat(stored).containsExactlyInAnyOrder("pacer.figures-0=0@pacer.figures/0",
                    "pacer.figures-1=3@pacer.figures/1", "pacer.submissions-0=0@pacer.submissions/0",
                    "pacer.submissions-1=0@pacer.submissions/1");
        }
    }
}
