package io.pacer.ingest.ledger;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import io.pacer.ingest.IngestProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A crash leaves the ledger producer's transaction open, and a read_committed consumer cannot read past it until it
 * ends. The restarted instance's producer has the same transactional id, so its start fences the old one and aborts
 * that transaction: consumers go on at once instead of after {@code transaction.timeout.ms} (60 s).
 */
@EmbeddedKafka(count = 1, topics = TransactionFencingTest.TOPIC, brokerProperties = {
        "transaction.state.log.replication.factor=1", "transaction.state.log.min.isr=1",
        "offsets.topic.replication.factor=1" })
class TransactionFencingTest {

    static final String TOPIC = "fencing";

    @Test
    void aRestartedInstanceFencesTheTransactionItsCrashedRunLeftOpen(EmbeddedKafkaBroker broker) throws Exception {
        KafkaProperties kafka = new KafkaProperties();
        kafka.setBootstrapServers(List.of(broker.getBrokersAsString()));
        IngestProperties instance = properties("ingest-a");
        DefaultKafkaProducerFactory<String, byte[]> crashedRun = KafkaProducers.ledgerProducerFactory(kafka, instance);
        DefaultKafkaProducerFactory<String, byte[]> restartedRun = KafkaProducers.ledgerProducerFactory(kafka, instance);
        try {
            Producer<String, byte[]> crashed = crashedRun.createProducer();
            crashed.beginTransaction();
            crashed.send(new ProducerRecord<>(TOPIC, "k", bytes("left open by the crash"))).get();

            long restart = System.nanoTime();
            Producer<String, byte[]> restarted = restartedRun.createProducer();
            restarted.beginTransaction();
            restarted.send(new ProducerRecord<>(TOPIC, "k", bytes("after the restart"))).get();
            restarted.commitTransaction();

            assertThat(readCommitted(broker, "after the restart", Duration.ofSeconds(20)))
                    .containsExactly("after the restart");
            assertThat(Duration.ofNanos(System.nanoTime() - restart)).isLessThan(Duration.ofSeconds(20));
        }
        finally {
            restartedRun.destroy();
            crashedRun.destroy();
        }
    }

    @Test
    void theTransactionalIdIsTheSameOnEveryStartAndDiffersBetweenInstances() {
        KafkaProperties kafka = new KafkaProperties();
        assertThat(KafkaProducers.ledgerProducerFactory(kafka, properties("ingest-a")).getTransactionIdPrefix())
                .isEqualTo(KafkaProducers.ledgerProducerFactory(kafka, properties("ingest-a")).getTransactionIdPrefix())
                .isNotEqualTo(KafkaProducers.ledgerProducerFactory(kafka, properties("ingest-b"))
                        .getTransactionIdPrefix());
    }

    /** The committed values of the topic, read until {@code last} shows up or the wait is over. */
    private static List<String> readCommitted(EmbeddedKafkaBroker broker, String last, Duration wait) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ConsumerConfig.GROUP_ID_CONFIG, "fencing-reader", ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            long deadline = System.nanoTime() + wait.toNanos();
            while (!values.contains(last) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    values.add(new String(r.value(), StandardCharsets.UTF_8));
                }
            }
        }
        return values;
    }

    private static IngestProperties properties(String instanceId) {
        return new IngestProperties("", instanceId, Duration.ofSeconds(10), Duration.ofSeconds(5),
                ZoneId.of("Asia/Shanghai"), 5, 0, new BigDecimal("5"), 1, 15,
                new IngestProperties.Inbox(false, 500, Duration.ofSeconds(1)), Duration.ofMinutes(1));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
