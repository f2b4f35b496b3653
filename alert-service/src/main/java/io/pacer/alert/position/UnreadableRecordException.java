package io.pacer.alert.position;

/** A record that can't be read: it goes to the dead-letter topic at once, retrying can't help it. */
public class UnreadableRecordException extends RuntimeException {

    public UnreadableRecordException(String message, Throwable cause) {
        super(message, cause);
    }
}
