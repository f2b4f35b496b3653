package io.pacer.aggregate.ledger;

/** Where an output that cannot be stored or published is reported ({@link OutputDeadLetters}). */
interface DeadLetterSink {

    /** Reports it and returns once it is recorded; throws when it could not be (the caller then retries). */
    void send(String topic, String kind, String id, Throwable failure);
}
