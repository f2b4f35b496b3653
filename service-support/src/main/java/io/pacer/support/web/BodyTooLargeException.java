package io.pacer.support.web;

import java.io.IOException;

/** The body grew past the limit while being read (no or a false Content-Length); answered with 413. */
public class BodyTooLargeException extends IOException {

    private final long limit;

    public BodyTooLargeException(long limit) {
        super("the request body is larger than " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
