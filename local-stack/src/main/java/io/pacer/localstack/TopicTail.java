package io.pacer.localstack;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Prints a topic's records from the beginning, one line each: key, a tab, value. It reads committed records only,
 * as every Pacer consumer does, so an aborted request never shows. It joins no consumer group (it assigns all
 * partitions itself), so it never disturbs the services' offsets.
 */
public final class TopicTail {

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

    /** Returns the number of records printed; stops after {@code idle} without a record unless following. */
    public long run(PrintStream out) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config())) {
            List<PartitionInfo> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30));
            if (partitions == null || partitions.isEmpty()) {
                throw new IllegalArgumentException("no topic " + topic + " on " + bootstrapServers);
            }
            List<TopicPartition> assigned = partitions.stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList();
            consumer.assign(assigned);
            consumer.seekToBeginning(assigned);
            long count = 0;
            long lastRecordAt = System.nanoTime();
            while (follow || System.nanoTime() - lastRecordAt < idle.toNanos()) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(250));
                for (ConsumerRecord<String, String> record : records) {
                    out.println(record.key() + "\t" + record.value());
                    count++;
                }
                if (!records.isEmpty()) {
                    out.flush();
                    lastRecordAt = System.nanoTime();
                }
            }
            return count;
        }
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
