package io.pacer.support.kafka;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;

/**
 * One poll delivered by a batch-mode binding: the payloads, and the per-record headers the binder gives as lists
 * in payload order (key, topic, partition, offset).
 */
public final class KafkaBatch {

    private final List<byte[]> payloads;
    private final List<?> keys;
    private final List<?> topics;
    private final List<?> partitions;
    private final List<?> offsets;

    private KafkaBatch(Message<List<byte[]>> message) {
        this.payloads = message.getPayload();
        this.keys = list(message, KafkaHeaders.RECEIVED_KEY);
        this.topics = list(message, KafkaHeaders.RECEIVED_TOPIC);
        this.partitions = list(message, KafkaHeaders.RECEIVED_PARTITION);
        this.offsets = list(message, KafkaHeaders.OFFSET);
    }

    public static KafkaBatch of(Message<List<byte[]>> message) {
        return new KafkaBatch(message);
    }

    public int size() {
        return payloads.size();
    }

    public byte[] payload(int i) {
        return payloads.get(i);
    }

    public String key(int i) {
        Object key = at(keys, i);
        if (key instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return key == null ? null : key.toString();
    }

    /** The record's offset; {@code Long.MAX_VALUE} when the binder gave none (a test binder). */
    public long offset(int i) {
        Object offset = at(offsets, i);
        return offset instanceof Number n ? n.longValue() : Long.MAX_VALUE;
    }

    /** The record's partition; -1 when the binder gave none (a test binder). */
    public int partition(int i) {
        Object partition = at(partitions, i);
        return partition instanceof Number n ? n.intValue() : -1;
    }

    /** What a dead letter needs to say where record {@code i} came from and why it was refused. */
    public DeadLetters.Rejected rejected(int i, Exception cause) {
        Object topic = at(topics, i);
        return new DeadLetters.Rejected(topic == null ? null : topic.toString(), partition(i), offset(i), key(i),
                payload(i), cause);
    }

    private static Object at(List<?> values, int i) {
        return values == null || i >= values.size() ? null : values.get(i);
    }

    private static List<?> list(Message<?> message, String header) {
        Object value = message.getHeaders().get(header);
        return value instanceof List<?> l ? l : null;
    }
}
