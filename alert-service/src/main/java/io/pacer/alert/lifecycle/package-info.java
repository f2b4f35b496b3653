/**
 * Alerts and their lifecycle: the evaluator that judges targets under one lock and moves alerts through the state
 * machine, their store, cache and outbox published to {@code pacer.alerts}, acknowledgements, escalations and the
 * alerts API. Others hear of transitions through {@link io.pacer.alert.lifecycle.TransitionListener}.
 */
package io.pacer.alert.lifecycle;
