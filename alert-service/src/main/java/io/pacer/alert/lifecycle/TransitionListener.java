package io.pacer.alert.lifecycle;

import java.util.List;

import io.pacer.events.AlertEvent;

/**
 * Told of transitions as they leave the outbox, before they are removed from it: together, one evaluation's
 * transitions. Listeners must be quick and idempotent (a failed publish hands the same transitions over again).
 */
public interface TransitionListener {

    void onTransitions(List<AlertEvent> transitions);
}
