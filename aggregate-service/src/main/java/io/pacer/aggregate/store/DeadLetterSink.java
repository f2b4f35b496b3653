package io.pacer.aggregate.store;

/** Where an output that cannot be stored or published is reported ({@link OutputDeadLetters}). */
public interface DeadLetterSink {

    /** The dead letter's header that says why the record could not be applied. */
    String REASON_HEADER = "pacer_dlq_reason";

    /** Reports it and returns once it is recorded; throws when it could not be (the caller then retries). */
    void send(String topic, String kind, String id, Throwable failure);
}
