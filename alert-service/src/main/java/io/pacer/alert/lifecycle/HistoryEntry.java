package io.pacer.alert.lifecycle;

import java.time.Instant;

import io.pacer.events.Period;
import io.pacer.events.Severity;
import io.pacer.events.TransitionKind;

/**
 * One recorded moment of an alert: a transition (with the sequence number it was published under) or an
 * acknowledgement ({@code transition} null, {@code ack} set).
 */
public record HistoryEntry(Instant at, TransitionKind transition, long sequence, Severity severity, Period period,
        String message, Acknowledgement ack) {

    static HistoryEntry transition(Instant at, TransitionKind kind, long sequence, Severity severity, Period period,
            String message) {
        return new HistoryEntry(at, kind, sequence, severity, period, message, null);
    }

    static HistoryEntry acknowledged(Acknowledgement ack) {
        return new HistoryEntry(ack.at(), null, 0, null, null, null, ack);
    }
}
