package io.pacer.alert.lifecycle;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.pacer.events.AlertEvent;
import io.pacer.events.AlertRule;
import io.pacer.events.AlertState;
import io.pacer.events.Severity;
import io.pacer.events.TransitionKind;

/**
 * An alert as {@code GET /api/v1/alerts} shows it (REST contract), plus entityId, rankChange and resolvedAt, and
 * for SIGN_TO_PILE projectId, projectName and daysSinceSigned (absent for the other rules); one
 * alert ({@code GET /api/v1/alerts/{id}}) also shows its history (whose messages are the rules' own wording, as
 * recorded). {@code ack.escalatedAt} is set once the alert was escalated to the parent region.
 */
record AlertView(String id, AlertRule rule, String regionId, String indicator, int year,
        @JsonInclude(JsonInclude.Include.NON_NULL) String entityId, String period, Severity severity,
        AlertState state, BigDecimal progressPct, BigDecimal expectedPct, BigDecimal growthPct,
        BigDecimal growthTargetPct, Integer rank, Integer rankChange, String message, Instant firedAt,
        Instant changedAt, Instant resolvedAt, @JsonInclude(JsonInclude.Include.NON_NULL) Acknowledgement ack,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Moment> history,
        @JsonInclude(JsonInclude.Include.NON_NULL) String projectId,
        @JsonInclude(JsonInclude.Include.NON_NULL) String projectName,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer daysSinceSigned) {

    /** One recorded moment: a transition (with its sequence) or an acknowledgement. */
    record Moment(Instant at, TransitionKind transition, Long sequence, Severity severity, String period,
            String message, @JsonInclude(JsonInclude.Include.NON_NULL) Acknowledgement ack) {

        static Moment of(HistoryEntry h) {
            return new Moment(h.at(), h.transition(), h.transition() == null ? null : h.sequence(), h.severity(),
                    h.period() == null ? null : h.period().toString(), h.message(), h.ack());
        }
    }

    static AlertView withHistory(Alert a, Function<AlertEvent, String> texts) {
        AlertView v = of(a, texts);
        return new AlertView(v.id, v.rule, v.regionId, v.indicator, v.year, v.entityId, v.period, v.severity, v.state,
                v.progressPct, v.expectedPct, v.growthPct, v.growthTargetPct, v.rank, v.rankChange, v.message,
                v.firedAt, v.changedAt, v.resolvedAt, v.ack, a.history().stream().map(Moment::of).toList(),
                v.projectId, v.projectName, v.daysSinceSigned);
    }

    /** The alert, its message written by {@code texts} (in the language asked for). */
    static AlertView of(Alert a, Function<AlertEvent, String> texts) {
        var v = a.values();
        String message = texts.apply(a.event(a.firing() ? TransitionKind.FIRING : TransitionKind.RESOLVED, null));
        return new AlertView(a.id(), a.fingerprint().rule(), a.fingerprint().regionId(), a.fingerprint().indicator(),
                a.fingerprint().year(), a.fingerprint().entityId(), a.period() == null ? null : a.period().toString(),
                a.severity(), a.state(), v.progressPct(), v.expectedPct(), v.growthPct(), v.growthTargetPct(),
                v.rank(), v.rankChange(), message, a.firedAt(), a.changedAt(), a.resolvedAt(), a.ack(), null,
                a.fingerprint().projectId(), v.projectName(), v.daysSinceSigned());
    }
}
