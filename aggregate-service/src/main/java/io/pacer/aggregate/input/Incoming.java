package io.pacer.aggregate.input;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.common.TopicPartition;

import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;

/** One record of a consumed batch with where it came from. */
public record Incoming(TopicPartition partition, long offset, Object payload) {

    /** Splits a batch-mode message: the binder gives the headers as lists parallel to the payload list. */
    public static List<Incoming> of(Message<? extends List<?>> batch) {
        List<?> payloads = batch.getPayload();
        List<?> topics = (List<?>) batch.getHeaders().get(KafkaHeaders.RECEIVED_TOPIC);
        List<?> partitions = (List<?>) batch.getHeaders().get(KafkaHeaders.RECEIVED_PARTITION);
        List<?> offsets = (List<?>) batch.getHeaders().get(KafkaHeaders.OFFSET);
        List<Incoming> records = new ArrayList<>(payloads.size());
        for (int i = 0; i < payloads.size(); i++) {
            records.add(new Incoming(new TopicPartition((String) topics.get(i), (Integer) partitions.get(i)),
                    (Long) offsets.get(i), payloads.get(i)));
        }
        return records;
    }

    public byte[] bytes() {
        return payload instanceof byte[] b ? b : null;
    }
}
