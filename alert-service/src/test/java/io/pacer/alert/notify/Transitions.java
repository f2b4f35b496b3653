package io.pacer.alert.notify;

import java.math.BigDecimal;
import java.time.Instant;

import io.pacer.events.AlertEvent;
import io.pacer.events.AlertRule;
import io.pacer.events.AlertState;
import io.pacer.events.Severity;
import io.pacer.events.TransitionKind;

/** Object Mother of alert transitions. */
final class Transitions {

    static final Instant FIRED = Instant.parse("2026-10-16T02:00:00Z");

    private Transitions() {
    }

    static AlertEvent firing(String region, String indicator, Severity severity) {
        return new AlertEvent("a-" + region + "-" + indicator, 1, TransitionKind.FIRING, AlertRule.PROGRESS_LAG,
                region, indicator, 2026, null, "2026-09", AlertState.FIRING, severity, null, new BigDecimal("58.3"),
                new BigDecimal("75"), null, null, null, null, "behind", FIRED, FIRED);
    }

    static AlertEvent escalated(String region, String indicator) {
        return new AlertEvent("a-" + region + "-" + indicator, 2, TransitionKind.SEVERITY_CHANGED,
                AlertRule.PROGRESS_LAG, region, indicator, 2026, null, "2026-09", AlertState.FIRING, Severity.RED,
                Severity.YELLOW, new BigDecimal("8"), new BigDecimal("75"), null, null, null, null, "far behind", FIRED,
                FIRED.plusSeconds(60));
    }

    static AlertEvent deEscalated(String region, String indicator) {
        return new AlertEvent("a-" + region + "-" + indicator, 3, TransitionKind.SEVERITY_CHANGED,
                AlertRule.PROGRESS_LAG, region, indicator, 2026, null, "2026-09", AlertState.FIRING, Severity.YELLOW,
                Severity.RED, new BigDecimal("60"), new BigDecimal("75"), null, null, null, null, "behind", FIRED,
                FIRED.plusSeconds(90));
    }

    /** An acknowledged alert still firing after its due date. */
    static AlertEvent escalation(String region, String indicator) {
        return new AlertEvent("a-" + region + "-" + indicator, 2, TransitionKind.ESCALATED, AlertRule.PROGRESS_LAG,
                region, indicator, 2026, null, "2026-09", AlertState.FIRING, Severity.YELLOW, null,
                new BigDecimal("58.3"), new BigDecimal("75"), null, null, null, null, "behind", FIRED,
                FIRED.plusSeconds(3600), new BigDecimal("7"), null, null, "2026-10-15");
    }

    static AlertEvent resolved(String region, String indicator, Severity last) {
        return new AlertEvent("a-" + region + "-" + indicator, 2, TransitionKind.RESOLVED, AlertRule.PROGRESS_LAG,
                region, indicator, 2026, null, "2026-09", AlertState.RESOLVED, last, null, new BigDecimal("75"),
                new BigDecimal("75"), null, null, null, null, "on schedule", FIRED, FIRED.plusSeconds(120));
    }
}
