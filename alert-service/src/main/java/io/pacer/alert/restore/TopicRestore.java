package io.pacer.alert.restore;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Reads partitions from their beginning up to given offsets with a consumer of its own (no group, nothing
 * committed), as Kafka Streams restores a state store: the service's consumers then go on from there, so what
 * was judged before a restart is restored into memory and never judged again.
 */
@Component
class TopicRestore {

    private static final Duration POLL = Duration.ofMillis(500);

    private final String bootstrap;

    TopicRestore(Environment environment) {
        this.bootstrap = environment.getProperty("spring.cloud.stream.kafka.binder.brokers",
                environment.getProperty("spring.kafka.bootstrap-servers", "localhost:9092"));
    }

    /**
     * Hands every committed record below {@code until} (per partition) to {@code each}, in partition order, in
     * chunks of one poll, each chunk through {@code chunk} (which may take a lock around it).
     */
    long read(Map<TopicPartition, Long> until, Consumer<Runnable> chunk,
            Consumer<ConsumerRecord<byte[], byte[]>> each) {
        Map<TopicPartition, Long> todo = new HashMap<>(until);
        todo.values().removeIf(offset -> offset <= 0);
        if (todo.isEmpty()) {
            return 0;
        }
        long count = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(properties())) {
            consumer.assign(todo.keySet());
            consumer.seekToBeginning(todo.keySet());
            while (!todo.isEmpty()) {
                List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
                consumer.poll(POLL).forEach(records::add);
                count += records.size();
                chunk.accept(() -> records.forEach(r -> {
                    Long end = until.get(new TopicPartition(r.topic(), r.partition()));
                    if (end != null && r.offset() < end) {
                        each.accept(r);
                    }
                }));
                todo.entrySet().removeIf(e -> consumer.position(e.getKey()) >= e.getValue());
                consumer.pause(consumer.assignment().stream().filter(tp -> !todo.containsKey(tp)).toList());
            }
        }
        return count;
    }

    private Properties properties() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "alert-service-restore");
        return props;
    }
}
