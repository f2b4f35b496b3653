package io.pacer.aggregate.store;

/**
 * Where an output that cannot be stored or published is reported ({@link OutputDeadLetters}), with the contract's
 * reason header ({@link io.pacer.support.kafka.DeadLetters#REASON_HEADER}) like every other dead letter.
 */
public interface DeadLetterSink {

    /** Reports it and returns once it is recorded; throws when it could not be (the caller then retries). */
    void send(String topic, String kind, String id, Throwable failure);
}
