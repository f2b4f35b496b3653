package io.pacer.ingest.inbox;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import io.pacer.ingest.IngestProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;

/**
 * The inbox's own consumer and transactional producer (plain Kafka clients: consume-transform-produce needs the
 * consumer's group metadata in the producer's transaction, which the binder does not give a function).
 */
final class InboxKafka {

    /** Every ingest instance shares the inbox's partitions in this group. */
    static final String GROUP = "ingest-inbox";

    private InboxKafka() {
    }

    /**
     * Committed records only, offsets committed only inside the producer's transactions, from the earliest record
     * when the group has no offset yet (a record sent before ingest first ran is not skipped).
     */
    static Map<String, Object> consumer(KafkaProperties kafka, IngestProperties ingest) {
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, GROUP);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "pacer-ingest-inbox-" + ingest.instanceId());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, ingest.inbox().pollRecords());
        return config;
    }

    /**
     * Transactional id {@code pacer-ingest-inbox-<instance id>}: stable across restarts, so a restarted instance
     * fences the transaction its previous run left open, and unique among running instances (see IngestProperties).
     * Idempotent, {@code acks=all}, blocking at most {@code pacer.ingest.kafka-timeout}.
     */
    static Map<String, Object> producer(KafkaProperties kafka, IngestProperties ingest) {
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
        int timeoutMs = (int) ingest.kafkaTimeout().toMillis();
        config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId(ingest));
        config.put(ProducerConfig.CLIENT_ID_CONFIG, transactionalId(ingest));
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeoutMs);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.max(1000, timeoutMs / 2));
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeoutMs + 1000);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        return config;
    }

    static String transactionalId(IngestProperties ingest) {
        return "pacer-ingest-inbox-" + ingest.instanceId();
    }
}
