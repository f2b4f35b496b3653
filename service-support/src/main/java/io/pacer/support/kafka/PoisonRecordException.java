package io.pacer.support.kafka;

import org.springframework.kafka.listener.BatchListenerFailedException;

/**
 * A record that can never be applied (not readable, or missing what it must carry): retrying cannot help it, so
 * {@link PoisonAndRetry} sends it to its dead-letter topic at once and the consumer goes on. Any other exception
 * is taken for an infrastructure failure and retried.
 */
public class PoisonRecordException extends RuntimeException {

    public PoisonRecordException(String message) {
        super(message);
    }

    public PoisonRecordException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * This poison as the failure of a batch listener at {@code index} of its batch: the records before it are
     * committed, it goes alone to the dead letters, and the ones after it are delivered again.
     */
    public BatchListenerFailedException inBatchAt(int index) {
        return new BatchListenerFailedException(getMessage(), this, index);
    }
}
