package io.pacer.alert.position;

import java.util.ArrayList;
import java.util.List;

import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;

/**
 * One consumed record with where it came from. A record without a partition (the test binder's) is
 * {@code partition -1, offset -1}: live, with no position to keep.
 */
public record Incoming(int partition, long offset, byte[] value) {

    /** The records of a message: a batch (lists of payloads and headers) or a single record. */
    public static List<Incoming> of(Message<?> message) {
        if (!(message.getPayload() instanceof List<?> payloads)) {
            return List.of(new Incoming(number(message.getHeaders().get(KafkaHeaders.RECEIVED_PARTITION), -1),
                    number(message.getHeaders().get(KafkaHeaders.OFFSET), -1L),
                    (byte[]) message.getPayload()));
        }
        List<?> partitions = (List<?>) message.getHeaders().get(KafkaHeaders.RECEIVED_PARTITION);
        List<?> offsets = (List<?>) message.getHeaders().get(KafkaHeaders.OFFSET);
        List<Incoming> records = new ArrayList<>(payloads.size());
        for (int i = 0; i < payloads.size(); i++) {
            records.add(new Incoming(partitions == null ? -1 : number(partitions.get(i), -1),
                    offsets == null ? -1L : number(offsets.get(i), -1L),
                    payloads.get(i) instanceof byte[] bytes ? bytes : null));
        }
        return records;
    }

    private static int number(Object value, int otherwise) {
        return value instanceof Number n ? n.intValue() : otherwise;
    }

    private static long number(Object value, long otherwise) {
        return value instanceof Number n ? n.longValue() : otherwise;
    }
}
