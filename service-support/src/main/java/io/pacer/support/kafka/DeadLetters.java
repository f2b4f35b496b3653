package io.pacer.support.kafka;

/**
 * Where a consumer sends a record it cannot read while it goes on with the rest of its poll: the record's key and
 * bytes, with {@code x-original-*}, {@code x-exception-*} and {@code pacer_dlq_reason} headers saying where it came
 * from and why ({@link KafkaDeadLetters}). A send that Kafka does not acknowledge throws, so the poll fails and is
 * retried ({@link PoisonAndRetry}): a record is never skipped without its dead letter.
 */
@FunctionalInterface
public interface DeadLetters {

    /** The contract's header of every dead letter: why the record could not be applied, in a line. */
    String REASON_HEADER = "pacer_dlq_reason";

    /** A record as read from Kafka, and why it was refused. */
    record Rejected(String topic, int partition, long offset, String key, byte[] payload, Exception cause) {
    }

    /** Sends {@code rejected} to the topic {@code deadLetterTopic} and waits for Kafka's acknowledgement. */
    void send(String deadLetterTopic, Rejected rejected);
}
