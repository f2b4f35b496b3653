package io.pacer.alert.lifecycle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.pacer.alert.rule.AlertValues;
import io.pacer.events.AlertEvent;
import io.pacer.events.AlertState;
import io.pacer.events.Period;
import io.pacer.events.Severity;
import io.pacer.events.TransitionKind;

/**
 * The one alert of a fingerprint. {@code severity} stays at the last firing severity after it resolves (a RESOLVED
 * notification goes where that severity went); {@code sequence} counts its transitions; {@code ack} is shown while
 * it fires and dropped (kept in the history) when it resolves.
 */
public record Alert(String id, Fingerprint fingerprint, AlertState state, Severity severity, Period period,
        AlertValues values, String message, Instant firedAt, Instant changedAt, Instant resolvedAt,
        Acknowledgement ack, long sequence, List<HistoryEntry> history) {

    public Alert {
        history = List.copyOf(history);
    }

    public boolean firing() {
        return state == AlertState.FIRING;
    }

    Alert withReading(Period newPeriod, AlertValues newValues, String newMessage) {
        if (newValues == null) {
            return this;
        }
        return new Alert(id, fingerprint, state, severity, newPeriod, newValues, newMessage, firedAt, changedAt,
                resolvedAt, ack, sequence, history);
    }

    Alert withAck(Acknowledgement newAck) {
        return new Alert(id, fingerprint, state, severity, period, values, message, firedAt, changedAt, resolvedAt,
                newAck, sequence, append(HistoryEntry.acknowledged(newAck)));
    }

    List<HistoryEntry> append(HistoryEntry entry) {
        List<HistoryEntry> longer = new ArrayList<>(history);
        longer.add(entry);
        return longer;
    }

    /** The event of this alert's latest transition, as published on pacer.alerts. */
    AlertEvent event(TransitionKind kind, Severity previousSeverity) {
        return new AlertEvent(AlertEvent.SCHEMA_VERSION, id, sequence, kind, fingerprint.rule(),
                fingerprint.regionId(), fingerprint.indicator(), fingerprint.year(), fingerprint.entityId(),
                period == null ? null : period.toString(), state, severity, previousSeverity, values.progressPct(),
                values.expectedPct(), values.growthPct(), values.growthTargetPct(), values.rank(),
                values.rankChange(), message, firedAt, changedAt, values.ytd(), values.rankedCount(),
                values.missing().isEmpty() ? null : values.missing().stream().map(Period::toString).toList(),
                kind == TransitionKind.ESCALATED && ack != null && ack.dueDate() != null ? ack.dueDate().toString()
                        : null, fingerprint.projectId(), values.projectName(), values.daysSinceSigned());
    }
}
