package io.pacer.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MongoWireServerTest {

    @TempDir
    Path dir;

    @Test
    void aDocumentInTheH2FileSurvivesARestart() {
        Path file = dir.resolve("pacer.mv.db");
        try (MongoWireServer server = MongoWireServer.h2File(file).start(0);
             MongoClient client = MongoClients.create(server.uri())) {
            collection(client).insertOne(new Document("_id", "region:hz").append("name", "High-tech Zone"));
        }

        try (MongoWireServer server = MongoWireServer.h2File(file).start(0);
             MongoClient client = MongoClients.create(server.uri())) {
            Document found = collection(client).find(new Document("_id", "region:hz")).first();
            assertThat(found).isNotNull();
            assertThat(found.getString("name")).isEqualTo("High-tech Zone");
        }
    }

    @Test
    void theSharedInMemoryServerAnswersTheDriver() {
        try (MongoClient client = MongoClients.create(SharedMongo.uri())) {
            MongoCollection<Document> things = client.getDatabase(SharedMongo.uniqueDatabase("shared"))
                    .getCollection("things");
            things.insertOne(new Document("n", 1));
            assertThat(things.countDocuments()).isEqualTo(1);
        }
    }

    private static MongoCollection<Document> collection(MongoClient client) {
        return client.getDatabase("pacer_test").getCollection("regions");
    }
}
