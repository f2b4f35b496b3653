package io.pacer.alert.lifecycle;

import java.util.Objects;

import io.pacer.events.AlertEvent;

/**
 * The outcome of applying one verdict to an alert: the alert before and after (either may be null when there is
 * none) and the transition to publish, if any.
 */
public record Step(Alert before, Alert after, AlertEvent transition) {

    /** Whether anything must be stored (a transition, or refreshed values). */
    public boolean changed() {
        return !Objects.equals(before, after);
    }

    /** Whether this step notifies anyone. */
    public boolean notifies() {
        return transition != null;
    }
}
