package io.pacer.aggregate.ledger;

/** A record that can never be applied (not JSON, or missing what it must carry): it goes to the dead letters. */
class PoisonRecordException extends RuntimeException {

    PoisonRecordException(String message) {
        super(message);
    }

    PoisonRecordException(String message, Throwable cause) {
        super(message, cause);
    }
}
