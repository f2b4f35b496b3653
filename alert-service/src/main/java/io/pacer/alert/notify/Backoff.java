package io.pacer.alert.notify;

import java.time.Duration;

/** Exponential backoff: the first retry after {@code initial}, doubling each time, never longer than {@code max}. */
public record Backoff(Duration initial, Duration max) {

    /** The wait after the {@code failedAttempts}-th failed attempt (1-based). */
    public Duration after(int failedAttempts) {
        Duration wait = initial;
        for (int i = 1; i < failedAttempts && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
