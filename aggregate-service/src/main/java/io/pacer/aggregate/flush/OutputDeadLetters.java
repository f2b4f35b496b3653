package io.pacer.aggregate.flush;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import io.pacer.aggregate.AggregateProperties;
import io.pacer.aggregate.store.DeadLetterSink;
import io.pacer.aggregate.store.Failures;
import io.pacer.events.PacerJson;
import io.pacer.support.kafka.DeadLetters;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Dead letters for what the aggregate made but could not store or publish: not an input record (those are
 * dead-lettered by the listener's error handler) but a description of the output that failed, on the dead-letter
 * topic of the input it came from, so an operator finds it where the ledger's poison goes. The value names the
 * document or event and the failure; the output itself is not copied (it may be what was too large).
 */
@Component
class OutputDeadLetters implements DeadLetterSink {

    private static final Logger log = LoggerFactory.getLogger(OutputDeadLetters.class);

    private final KafkaTemplate<byte[], byte[]> template;
    private final Duration timeout;

    OutputDeadLetters(KafkaTemplate<byte[], byte[]> template, AggregateProperties properties) {
        this.template = template;
        this.timeout = properties.publishTimeout();
    }

    /**
     * Sends and waits for the acknowledgement; an exception when Kafka did not take it, so that the caller keeps
     * the output and tries again (nothing is dropped without its dead letter).
     */
    @Override
    public void send(String topic, String kind, String id, Throwable failure) {
        String reason = kind + " " + id + " could not be stored or published: " + Failures.describe(failure);
        log.error("Dead-lettering to {}: {}", topic, reason, failure);
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("schemaVersion", 1);
        value.put("kind", kind);
        value.put("id", id);
        value.put("error", Failures.describe(failure));
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(topic, bytes(id), PacerJson.write(value));
        record.headers().add(DeadLetters.REASON_HEADER, bytes(reason));
        try {
            template.send(record).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while dead-lettering " + id, e);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Kafka did not take the dead letter of " + id + ": " + e, e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
