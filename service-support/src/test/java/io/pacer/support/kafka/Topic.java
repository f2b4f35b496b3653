package io.pacer.support.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.KafkaMessageListenerContainer;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

import io.pacer.events.Topics;

/** A topic of the embedded broker with its dead-letter topic: writing to it, listening to it, reading its dead letters. */
record Topic(EmbeddedKafkaBroker broker, String name) {

    private static final Duration WAIT = Duration.ofSeconds(30);

    /** Writes key/value pairs, in order, and waits for them to be acknowledged. */
    void send(String... keyValuePairs) {
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()), new ByteArraySerializer(),
                new ByteArraySerializer())) {
            for (int i = 0; i < keyValuePairs.length; i += 2) {
                producer.send(new ProducerRecord<>(name, bytes(keyValuePairs[i]), bytes(keyValuePairs[i + 1])))
                        .get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    KafkaMessageListenerContainer<byte[], byte[]> container(Object listener) {
        ContainerProperties properties = new ContainerProperties(name);
        properties.setMessageListener(listener);
        return new KafkaMessageListenerContainer<>(new DefaultKafkaConsumerFactory<>(consumerConfig(
                "policy-test-" + UUID.randomUUID())), properties);
    }

    /** Waits for {@code count} dead letters and returns what the dead-letter topic holds. */
    List<ConsumerRecord<byte[], byte[]>> deadLetters(int count) {
        List<ConsumerRecord<byte[], byte[]>> records = read(Instant.now().plus(WAIT), count);
        if (records.size() < count) {
            throw new AssertionError("expected " + count + " dead letters on " + Topics.dlq(name) + ", found "
                    + records.size());
        }
        return records;
    }

    /** What the dead-letter topic holds after {@code wait}. */
    List<ConsumerRecord<byte[], byte[]>> deadLettersWithin(Duration wait) {
        return read(Instant.now().plus(wait), Integer.MAX_VALUE);
    }

    private List<ConsumerRecord<byte[], byte[]>> read(Instant until, int enough) {
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig(
                "dlq-reader-" + UUID.randomUUID()))) {
            consumer.subscribe(List.of(Topics.dlq(name)));
            while (records.size() < enough && Instant.now().isBefore(until)) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    private Map<String, Object> consumerConfig(String group) {
        return Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ConsumerConfig.GROUP_ID_CONFIG, group, ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    }

    static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : text(header.value());
    }

    static String text(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
