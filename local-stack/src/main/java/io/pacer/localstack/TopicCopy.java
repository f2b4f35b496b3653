package io.pacer.localstack;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Copies every committed record of a topic (aborted ones and transaction markers are left out) to another, keeping
 * key, value, headers and timestamp. The records of one source partition are written in their offset order; across
 * partitions they are merged by timestamp (the earliest head first), so the copy keeps each key's order and, as
 * nearly as the timestamps tell, the order in which they were accepted. One idempotent producer writes them, so a
 * destination partition receives them in that order.
 */
final class TopicCopy {

    /** A source partition's buffer is not filled past this many records while another one's is empty. */
    private static final int BUFFER = 5_000;

    private final String bootstrapServers;

    TopicCopy(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * Copies {@code source} with {@code route} deciding each record's destination (topic, partition or key-based);
     * returns the number of records copied per source partition.
     */
    Map<Integer, Long> copy(String source,
            Function<ConsumerRecord<byte[], byte[]>, ProducerRecord<byte[], byte[]>> route) {
        Map<Integer, Long> copied = new HashMap<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig());
                KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerConfig())) {
            List<TopicPartition> partitions = consumer.partitionsFor(source, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(source, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            Map<TopicPartition, ArrayDeque<ConsumerRecord<byte[], byte[]>>> buffers = new HashMap<>();
            partitions.forEach(tp -> {
                buffers.put(tp, new ArrayDeque<>());
                copied.put(tp.partition(), 0L);
            });
            List<Future<RecordMetadata>> sends = new ArrayList<>();
            while (true) {
                List<TopicPartition> open = partitions.stream()
                        .filter(tp -> !buffers.get(tp).isEmpty() || consumer.position(tp) < ends.get(tp)).toList();
                if (open.isEmpty()) {
                    break;
                }
                if (open.stream().anyMatch(tp -> buffers.get(tp).isEmpty())) {
                    fill(consumer, partitions, buffers);
                    continue;
                }
                TopicPartition next = open.get(0);
                for (TopicPartition tp : open) {
                    if (buffers.get(tp).peekFirst().timestamp() < buffers.get(next).peekFirst().timestamp()) {
                        next = tp;
                    }
                }
                ConsumerRecord<byte[], byte[]> record = buffers.get(next).pollFirst();
                sends.add(producer.send(route.apply(record)));
                copied.merge(next.partition(), 1L, Long::sum);
                if (sends.size() >= 10_000) {
                    awaitAll(producer, sends);
                }
            }
            awaitAll(producer, sends);
        }
        return copied;
    }

    /** Polls once, with the partitions whose buffers are full (or which are read to their end) paused. */
    private static void fill(KafkaConsumer<byte[], byte[]> consumer, List<TopicPartition> partitions,
            Map<TopicPartition, ArrayDeque<ConsumerRecord<byte[], byte[]>>> buffers) {
        List<TopicPartition> full = partitions.stream().filter(tp -> buffers.get(tp).size() >= BUFFER).toList();
        consumer.pause(full);
        consumer.resume(partitions.stream().filter(tp -> !full.contains(tp)).toList());
        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
            buffers.get(new TopicPartition(r.topic(), r.partition())).addLast(r);
        }
    }

    private static void awaitAll(KafkaProducer<byte[], byte[]> producer, List<Future<RecordMetadata>> sends) {
        producer.flush();
        try {
            for (Future<RecordMetadata> send : sends) {
                send.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while copying", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("a copied record was not written: " + e.getCause(), e.getCause());
        }
        sends.clear();
    }

    private Properties consumerConfig() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "pacer-local-stack-copy");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return p;
    }

    private Properties producerConfig() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "pacer-local-stack-copy");
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return p;
    }
}
