package io.pacer.support.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;

import io.pacer.events.Topics;
import io.pacer.support.metrics.DeadLetterCounting;

/**
 * The one sender of dead letters: what a consumer refuses itself ({@link DeadLetters}) and what the listener
 * containers' error handler recovers ({@link PoisonAndRetry}) go the same way, to {@code <topic>.dlq} with the same
 * headers ({@link DeadLetterRecord}), through a producer of its own (idempotent, {@code acks=all}, counted by
 * {@link DeadLetterCounting}). A send returns once Kafka acknowledged it and throws when Kafka did not within
 * its timeout ({@link #TIMEOUT} by default), so the caller's poll fails and is retried rather than lose the record.
 */
public class KafkaDeadLetters implements DeadLetters, AutoCloseable {

    /** How long a dead letter may take to be acknowledged. */
    public static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Logger log = LoggerFactory.getLogger(KafkaDeadLetters.class);

    private final DefaultKafkaProducerFactory<byte[], byte[]> producers;
    private final KafkaTemplate<byte[], byte[]> template;
    private final Duration timeout;

    /** {@code producerConfig}: the service's producer settings (bootstrap servers, security); serializers are set. */
    public KafkaDeadLetters(Map<String, Object> producerConfig) {
        this(producerConfig, TIMEOUT);
    }

    /** {@code timeout}: how long a dead letter may take to be acknowledged. */
    public KafkaDeadLetters(Map<String, Object> producerConfig, Duration timeout) {
        this.timeout = timeout;
        this.producers = new DefaultKafkaProducerFactory<>(config(producerConfig, timeout));
        this.template = new KafkaTemplate<>(producers);
    }

    @Override
    public void send(String deadLetterTopic, Rejected r) {
        send(DeadLetterRecord.of(deadLetterTopic, r.topic(), r.partition(), r.offset(),
                r.key() == null ? null : r.key().getBytes(StandardCharsets.UTF_8), r.payload(), r.cause()),
                r.topic() + "-" + r.partition() + "@" + r.offset(), r.cause());
    }

    /**
     * The error handler's recovery of a record that failed: it goes to {@code <its topic>.dlq}. A method rather than
     * this class implementing it: a recoverer is a {@code BiConsumer}, and Spring Cloud Function would bind a bean
     * of that type as a function of its own ({@code kafkaDeadLetters-in-0}).
     */
    public ConsumerRecordRecoverer recoverer() {
        return this::recover;
    }

    private void recover(ConsumerRecord<?, ?> record, Exception failure) {
        send(DeadLetterRecord.of(Topics.dlq(record.topic()), record.topic(), record.partition(), record.offset(),
                bytes(record.key()), bytes(record.value()), failure),
                record.topic() + "-" + record.partition() + "@" + record.offset(), failure);
    }

    private void send(ProducerRecord<byte[], byte[]> letter, String from, Throwable failure) {
        log.warn("record {} cannot be applied, sent to {}: {}", from, letter.topic(), DeadLetterRecord.reason(failure));
        try {
            template.send(letter).get(timeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while dead-lettering " + from, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not take the dead letter of " + from + ": " + e, e);
        }
    }

    @Override
    public void close() {
        producers.destroy();
    }

    private static byte[] bytes(Object value) {
        if (value == null || value instanceof byte[]) {
            return (byte[]) value;
        }
        return value.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, Object> config(Map<String, Object> base, Duration timeout) {
        Map<String, Object> config = new HashMap<>(base);
        config.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) timeout.toMillis());
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis() / 2);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        config.put(ProducerConfig.INTERCEPTOR_CLASSES_CONFIG, interceptors(config));
        return config;
    }

    /** The configured interceptors, with {@link DeadLetterCounting} once. */
    private static String interceptors(Map<String, Object> config) {
        Object configured = config.get(ProducerConfig.INTERCEPTOR_CLASSES_CONFIG);
        String list = configured == null ? "" : configured instanceof Iterable<?> it
                ? String.join(",", java.util.stream.StreamSupport.stream(it.spliterator(), false)
                        .map(c -> c instanceof Class<?> k ? k.getName() : c.toString()).toList())
                : configured instanceof Class<?> k ? k.getName() : configured.toString();
        String counting = DeadLetterCounting.class.getName();
        return list.contains(counting) ? list : list.isBlank() ? counting : list + "," + counting;
    }
}
