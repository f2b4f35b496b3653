package io.pacer.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Phase (a): how fast a plain consumer reads the whole topic (bytes only, no decoding), read_committed like the
 * services, assigned every partition (no group, no rebalance), timed from the first poll to the last record.
 */
final class RawConsumer {

    record Result(long records, long bytes, double seconds) {

        double recordsPerSecond() {
            return records / seconds;
        }

        double megabytesPerSecond() {
            return bytes / 1e6 / seconds;
        }
    }

    private RawConsumer() {
    }

    /**
     * A consumer as plain as Kafka's own tools use: raw bytes, no group, no commits, committed records only (as
     * the services read).
     */
    static Properties plainConsumer(String bootstrap, String clientId) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        return p;
    }

    static Result read(String bootstrap, String topic) {
        Properties p = plainConsumer(bootstrap, "pacer-bench-raw");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 50_000);
        p.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 64 * 1024 * 1024);
        p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 16 * 1024 * 1024);
        p.put(ConsumerConfig.RECEIVE_BUFFER_CONFIG, 4 * 1024 * 1024);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map((PartitionInfo i) -> new TopicPartition(topic, i.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long records = 0;
            long bytes = 0;
            long started = System.nanoTime();
            long last = started;
            while (!caughtUp(consumer, ends)) {
                ConsumerRecords<byte[], byte[]> batch = consumer.poll(Duration.ofMillis(200));
                if (!batch.isEmpty()) {
                    for (ConsumerRecord<byte[], byte[]> r : batch) {
                        bytes += r.serializedKeySize() + r.serializedValueSize();
                    }
                    records += batch.count();
                    last = System.nanoTime();
                }
                if (System.nanoTime() - started > Duration.ofMinutes(10).toNanos()) {
                    throw new BenchException("the raw consumer did not reach the end of " + topic + " in 10 min");
                }
            }
            return new Result(records, bytes, Math.max(1e-3, (last - started) / 1e9));
        }
    }

    private static boolean caughtUp(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }
}
