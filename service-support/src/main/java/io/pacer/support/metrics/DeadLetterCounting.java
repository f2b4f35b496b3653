package io.pacer.support.metrics;

import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import org.apache.kafka.clients.producer.ProducerInterceptor;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

import io.pacer.events.Topics;

/**
 * Counts the records a producer has written to a dead-letter topic (a name ending in {@code .dlq}) as
 * {@code pacer_dead_letters_total{topic}}, once the broker acknowledged them. A Kafka producer interceptor, so it
 * sees every way a service dead-letters (the binder's DLQ, a StreamBridge binding, a KafkaTemplate): a service lists
 * it under {@code interceptor.classes} of the producers that may send dead letters, and the consumers' dead-letter
 * sender ({@code io.pacer.support.kafka.KafkaDeadLetters}) adds it to its own producer. Kafka instantiates it, so it
 * counts into Micrometer's global registry, which holds the service's registries (Boot's
 * {@code management.metrics.use-global-registry}, true by default).
 */
public class DeadLetterCounting implements ProducerInterceptor<Object, Object> {

    static final String METER = "pacer.dead.letters";

    @Override
    public ProducerRecord<Object, Object> onSend(ProducerRecord<Object, Object> record) {
        return record;
    }

    @Override
    public void onAcknowledgement(RecordMetadata metadata, Exception exception) {
        if (exception == null && metadata != null && isDeadLetterTopic(metadata.topic())) {
            counter(Metrics.globalRegistry, metadata.topic()).increment();
        }
    }

    @Override
    public void close() {
    }

    @Override
    public void configure(Map<String, ?> configs) {
    }

    static boolean isDeadLetterTopic(String topic) {
        return topic != null && topic.endsWith(Topics.DLQ_SUFFIX);
    }

    static Counter counter(MeterRegistry registry, String topic) {
        return Counter.builder(METER).description("records written to a dead-letter topic").tag("topic", topic)
                .register(registry);
    }
}
