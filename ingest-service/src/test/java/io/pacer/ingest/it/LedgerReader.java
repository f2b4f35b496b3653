package io.pacer.ingest.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import io.pacer.events.PacerJson;
import io.pacer.events.SubmissionRecord;

/**
 * Reads a topic as a downstream consumer does (read_committed), from where it was when {@link #mark()} was last
 * called, so a test sees exactly what a request added.
 */
public final class LedgerReader implements AutoCloseable {

    public record Entry(String key, SubmissionRecord record, int partition, long offset) {
    }

    private final KafkaConsumer<String, byte[]> consumer;
    private final String topic;

    public LedgerReader(String bootstrap, String topic) {
        this.topic = topic;
        this.consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false, ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 20));
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(20)).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        mark();
    }

    /** From now on, only records published after this call are read. */
    public LedgerReader mark() {
        consumer.seekToEnd(consumer.assignment());
        consumer.assignment().forEach(consumer::position);
        return this;
    }

    /**
     * Every committed record up to the first one matching {@code last}, and then everything else committed so far on
     * any partition (up to the last stable offset), so nothing published before it can hide; fails after 20 s.
     */
    public List<Entry> readAll(Predicate<SubmissionRecord> last) {
        List<Entry> read = new ArrayList<>(readUntil(last));
        Map<TopicPartition, Long> end = consumer.endOffsets(consumer.assignment());
        long deadline = System.currentTimeMillis() + 20_000;
        while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("could not read " + topic + " to its end");
            }
            for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(100))) {
                read.add(new Entry(r.key(), PacerJson.read(r.value(), SubmissionRecord.class), r.partition(),
                        r.offset()));
            }
        }
        return read;
    }

    /** Every record up to and including the first one matching {@code last}; fails after 20 s. */
    public List<Entry> readUntil(Predicate<SubmissionRecord> last) {
        List<Entry> read = new ArrayList<>();
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                SubmissionRecord record = PacerJson.read(r.value(), SubmissionRecord.class);
                read.add(new Entry(r.key(), record, r.partition(), r.offset()));
                if (last.test(record)) {
                    return read;
                }
            }
        }
        throw new AssertionError("the expected record did not arrive on " + topic + "; read " + read);
    }

    /** Raw records (any topic) up to and including the first one matching {@code last}; fails after 20 s. */
    public ConsumerRecord<String, byte[]> readRawUntil(Predicate<ConsumerRecord<String, byte[]>> last) {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                if (last.test(r)) {
                    return r;
                }
            }
        }
        throw new AssertionError("the expected record did not arrive on " + topic);
    }

    /** Raw records (any topic) read within {@code wait}. */
    public List<ConsumerRecord<String, byte[]>> readRaw(Duration wait) {
        List<ConsumerRecord<String, byte[]>> read = new ArrayList<>();
        long deadline = System.currentTimeMillis() + wait.toMillis();
        while (System.currentTimeMillis() < deadline) {
            consumer.poll(Duration.ofMillis(200)).forEach(read::add);
        }
        return read;
    }

    /** Reads the whole topic from the beginning. */
    public List<ConsumerRecord<String, byte[]>> readAllRaw(Duration wait) {
        consumer.seekToBeginning(consumer.assignment());
        return readRaw(wait);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
