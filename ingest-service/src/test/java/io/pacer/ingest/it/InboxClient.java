package io.pacer.ingest.it;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.JsonNode;

import io.pacer.events.PacerJson;
import io.pacer.events.Topics;

/**
 * A department system on the inbox: publishes submissions to pacer.inbox (partition 0, so records sent one after
 * another are read in that order) and reads what pacer.inbox.rejected says about them.
 */
final class InboxClient implements AutoCloseable {

    private final KafkaProducer<String, byte[]> sender;
    private final LedgerReader rejected;

    InboxClient(String brokers) {
        this.sender = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
        this.rejected = new LedgerReader(brokers, Topics.INBOX_REJECTED);
    }

    /** From now on, only rejections written after this call are read. */
    InboxClient mark() {
        rejected.mark();
        return this;
    }

    static String newKey() {
        return "dept-" + UUID.randomUUID();
    }

    /** The submission id ingest gives the record accepted under {@code key} for {@code entityId}. */
    static String submissionId(String entityId, String key) {
        return UUID.nameUUIDFromBytes(("pacer.inbox:" + entityId.length() + ":" + entityId + ":" + key)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    void send(String key, String token, String value) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.INBOX, 0, key,
                value == null ? null : value.getBytes(StandardCharsets.UTF_8));
        if (token != null) {
            record.headers().add("pacer-token", token.getBytes(StandardCharsets.UTF_8));
        }
        try {
            sender.send(record).get();
        }
        catch (Exception e) {
            throw new AssertionError("could not publish to the inbox", e);
        }
    }

    /** The first rejection under {@code key} (null: a record without key); fails after 20 s. */
    JsonNode rejection(String key) {
        byte[] value = rejected.readRawUntil(r -> Objects.equals(r.key(), key)).value();
        return PacerJson.mapper().readTree(value);
    }

    @Override
    public void close() {
        rejected.close();
        sender.close();
    }
}
