package io.pacer.ingest.ledger;

/** Kafka did not take a write within {@code pacer.ingest.kafka-timeout}; nothing of it was committed. */
public class KafkaUnavailableException extends RuntimeException {

    public KafkaUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
