package io.pacer.aggregate.input;

/** A record that can never be applied (not JSON, or missing what it must carry): it goes to the dead letters. */
public class PoisonRecordException extends RuntimeException {

    public PoisonRecordException(String message) {
        super(message);
    }

    public PoisonRecordException(String message, Throwable cause) {
        super(message, cause);
    }
}
