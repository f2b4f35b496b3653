package io.pacer.localstack;

import java.io.PrintStream;
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
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Prints a topic's records from the beginning, one line each: key, a tab, value. It reads committed records only,
 * as every Pacer consumer does, so an aborted request never shows. It joins no consumer group (it assigns all
 * partitions itself), so it never disturbs the services' offsets.
 */
public final class TopicTail {

    /** Stop even short of the start's end offsets after this long without a record. */
    private static final Duration GIVE_UP = Duration.ofSeconds(30);

    private final String bootstrapServers;
    private final String topic;
    private final Duration idle;
    private final boolean follow;

    public TopicTail(String bootstrapServers, String topic, Duration idle, boolean follow) {
        this.bootstrapServers = bootstrapServers;
        this.topic = topic;
        this.idle = idle;
        this.follow = follow;
    }

    /**
     * Returns the number of records printed. Unless following, it stops once it has read everything committed when
     * it started and then seen no new record for {@code idle}.
     */
    public long run(PrintStream out) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config())) {
            List<PartitionInfo> partitions;
            try {
                partitions = consumer.partitionsFor(topic, Duration.ofSeconds(20));
            } catch (TimeoutException e) {
                throw new IllegalArgumentException("cannot reach Kafka at " + bootstrapServers);
            }
            if (partitions == null || partitions.isEmpty()) {
                throw new IllegalArgumentException("no topic " + topic + " on " + bootstrapServers);
            }
            List<TopicPartition> assigned = partitions.stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList();
            consumer.assign(assigned);
            consumer.seekToBeginning(assigned);
            // What was committed when we started: a slow first fetch must not pass for an idle topic.
            Map<TopicPartition, Long> ends = consumer.endOffsets(assigned, Duration.ofSeconds(30));
            long count = 0;
            long lastRecordAt = System.nanoTime();
            while (true) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(250));
                for (ConsumerRecord<String, String> record : records) {
                    out.println(record.key() + "\t" + record.value());
                    count++;
                }
                if (!records.isEmpty()) {
                    out.flush();
                    lastRecordAt = System.nanoTime();
                }
                long quiet = System.nanoTime() - lastRecordAt;
                if (!follow && (quiet >= idle.toNanos() && caughtUp(consumer, ends) || quiet >= GIVE_UP.toNanos())) {
                    break;
                }
            }
            return count;
        }
    }

    private static boolean caughtUp(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
    }

    private Properties config() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "pacer-tail");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return p;
    }
}
