package io.pacer.ingest.ledger;

/**
 * Where a batch consumer sends a record it cannot read. The binder's own DLQ, in batch mode, can only send the
 * whole poll; so the consumers parse each record and send just the unreadable ones here, and the rest of the poll
 * is applied. (A failure of the whole batch, such as MongoDB being down, still goes to the binder's DLQ.)
 */
@FunctionalInterface
public interface DeadLetters {

    /** A record as read from Kafka, and why it was refused. */
    record Rejected(String topic, int partition, long offset, String key, byte[] payload, Exception cause) {
    }

    /** Sends {@code rejected} to the output binding {@code binding} and waits for Kafka's acknowledgement. */
    void send(String binding, Rejected rejected);
}
