package io.pacer.alert.lifecycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.pacer.alert.rule.AlertValues;
import io.pacer.alert.rule.Verdict;
import io.pacer.events.AlertState;
import io.pacer.events.TransitionKind;

/**
 * The alert state machine of DESIGN.md, "Alert lifecycle". It is a pure function of (alert, verdict), so
 * re-evaluating unchanged figures, redelivered records and restarts can never notify twice: only newly FIRING,
 * a severity change and RESOLVED produce a transition (and, off the rules' path, an escalation).
 */
public final class AlertLifecycle {

    private AlertLifecycle() {
    }

    public static Step apply(Alert current, Fingerprint fingerprint, Verdict verdict, Instant now) {
        if (verdict instanceof Verdict.Fire fire) {
            return fire(current, fingerprint, fire, now);
        }
        if (verdict instanceof Verdict.Clear clear && current != null) {
            return clear(current, clear, now);
        }
        return new Step(current, current, null);
    }

    private static Step fire(Alert current, Fingerprint fingerprint, Verdict.Fire fire, Instant now) {
        if (current == null || !current.firing()) {
            long sequence = current == null ? 1 : current.sequence() + 1;
            var history = current == null ? List.<HistoryEntry>of() : current.history();
            Alert firing = new Alert(fingerprint.id(), fingerprint, AlertState.FIRING, fire.severity(),
                    fire.period(), fire.values(), fire.message(), now, now, null, null, sequence, history);
            firing = withHistory(firing, HistoryEntry.transition(now, TransitionKind.FIRING, sequence,
                    fire.severity(), fire.period(), fire.message()));
            return new Step(current, firing, firing.event(TransitionKind.FIRING, null));
        }
        if (current.severity() != fire.severity()) {
            long sequence = current.sequence() + 1;
            Alert changed = new Alert(current.id(), fingerprint, AlertState.FIRING, fire.severity(), fire.period(),
                    fire.values(), fire.message(), current.firedAt(), now, null, current.ack(), sequence,
                    current.history());
            changed = withHistory(changed, HistoryEntry.transition(now, TransitionKind.SEVERITY_CHANGED, sequence,
                    fire.severity(), fire.period(), fire.message()));
            return new Step(current, changed, changed.event(TransitionKind.SEVERITY_CHANGED, current.severity()));
        }
        return new Step(current, current.withReading(fire.period(), fire.values(), fire.message()), null);
    }

    private static Step clear(Alert current, Verdict.Clear clear, Instant now) {
        if (!current.firing()) {
            return new Step(current, current.withReading(clear.period(), clear.values(), clear.message()), null);
        }
        long sequence = current.sequence() + 1;
        boolean fresh = clear.values() != null;
        AlertValues values = fresh ? clear.values() : current.values();
        Alert resolved = new Alert(current.id(), current.fingerprint(), AlertState.RESOLVED, current.severity(),
                fresh ? clear.period() : current.period(), values, fresh ? clear.message() : current.message(),
                current.firedAt(), now, now, null, sequence, current.history());
        resolved = withHistory(resolved, HistoryEntry.transition(now, TransitionKind.RESOLVED, sequence,
                current.severity(), resolved.period(), clear.message()));
        return new Step(current, resolved, resolved.event(TransitionKind.RESOLVED, null));
    }

    /** Acknowledges a firing alert; the acknowledgement stays (through severity changes) until the alert resolves. */
    public static Alert acknowledge(Alert current, Acknowledgement ack) {
        if (current == null || !current.firing()) {
            throw new IllegalStateException("only a firing alert can be acknowledged");
        }
        return current.withAck(ack);
    }

    /**
     * Escalates a firing alert whose acknowledgement's due date has passed ({@code today}, in Asia/Shanghai, is
     * after it): an ESCALATED transition; the state stays FIRING. Once per acknowledgement; anything else is no step.
     */
    public static Step escalate(Alert current, LocalDate today, Instant now) {
        Acknowledgement ack = current == null ? null : current.ack();
        if (ack == null || !current.firing() || ack.dueDate() == null || ack.escalatedAt() != null
                || !today.isAfter(ack.dueDate())) {
            return new Step(current, current, null);
        }
        long sequence = current.sequence() + 1;
        Alert escalated = new Alert(current.id(), current.fingerprint(), current.state(), current.severity(),
                current.period(), current.values(), current.message(), current.firedAt(), now, null,
                ack.escalated(now), sequence, current.history());
        escalated = withHistory(escalated, HistoryEntry.transition(now, TransitionKind.ESCALATED, sequence,
                current.severity(), current.period(), current.message()));
        return new Step(current, escalated, escalated.event(TransitionKind.ESCALATED, null));
    }

    private static Alert withHistory(Alert alert, HistoryEntry entry) {
        return new Alert(alert.id(), alert.fingerprint(), alert.state(), alert.severity(), alert.period(),
                alert.values(), alert.message(), alert.firedAt(), alert.changedAt(), alert.resolvedAt(), alert.ack(),
                alert.sequence(), alert.append(entry));
    }
}
