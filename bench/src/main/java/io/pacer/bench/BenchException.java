package io.pacer.bench;

/** A failure that ends the run with a message (the stack is still stopped by the shutdown path). */
final class BenchException extends RuntimeException {

    BenchException(String message) {
        super(message);
    }

    BenchException(String message, Throwable cause) {
        super(message, cause);
    }
}
