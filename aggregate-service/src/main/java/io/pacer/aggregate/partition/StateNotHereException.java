package io.pacer.aggregate.partition;

/** The in-memory state a read needs is not (yet) held by this instance: the caller answers 503 and retries. */
public class StateNotHereException extends RuntimeException {

    StateNotHereException(String message) {
        super(message);
    }
}
