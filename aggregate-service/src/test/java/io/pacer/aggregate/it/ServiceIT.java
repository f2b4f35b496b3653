package io.pacer.aggregate.it;

import com.mongodb.client.MongoDatabase;
import io.pacer.events.Topics;
import io.pacer.localstack.SharedMongo;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole service on the real (embedded) broker and the MongoDB-wire server. Every IT extends this, so they
 * share one Spring context and one broker; each test uses region ids of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "spring.cloud.stream.kafka.binder.brokers=${spring.embedded.kafka.brokers}",
        "spring.cloud.stream.kafka.binder.consumer-properties.fetch.max.wait.ms=50",
        // two consumer threads per stateful binding over the three partitions, whatever the machine's cores
        "pacer.aggregate.consumer-threads=2"})
@EmbeddedKafka(partitions = 3, topics = {Topics.SUBMISSIONS, Topics.REFERENCE, Topics.FIGURES, Topics.REGION_TOTALS,
        Topics.SUBMISSIONS_DLQ, Topics.REFERENCE_DLQ, Topics.REGION_TOTALS_DLQ}, brokerProperties = {
        // a test may write its ledger in one transaction, as ingest does
        "transaction.state.log.replication.factor=1", "transaction.state.log.min.isr=1"})
abstract class ServiceIT {

    private static final String DATABASE = SharedMongo.uniqueDatabase("aggregate");

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("pacer.mongo.uri", SharedMongo::uri);
        registry.add("pacer.mongo.database", () -> DATABASE);
    }

    @Autowired
    EmbeddedKafkaBroker broker;
    @Autowired
    MongoDatabase database;

    Ledger ledger() {
        return new Ledger(broker.getBrokersAsString());
    }
}
