package io.pacer.demo.load;

/** A call that the service refused (4xx) or that never got through; the message says which and why. */
public class ApiException extends RuntimeException {

    private final int status;

    ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
