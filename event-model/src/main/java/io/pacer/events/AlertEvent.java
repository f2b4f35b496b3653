package io.pacer.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One alert transition on {@link Topics#ALERTS}, keyed by {@code regionId}. {@code alertId} is stable per
 * fingerprint (rule, region, indicator, year, and entity for MISSING_REPORT, project for SIGN_TO_PILE); {@code sequence} counts the alert's
 * transitions from 1, so (alertId, sequence) identifies a transition and lets a consumer drop duplicates.
 * {@code severity} of a RESOLVED transition is the last severity the alert fired with; {@code previousSeverity} is
 * set on SEVERITY_CHANGED only. Percentages are unrounded; null where the rule has no such value.
 * <p>Added in the second wave (null when absent, so older records still read): {@code ytd}, the year-to-date figure
 * the rule judged; {@code rankedCount}, how many siblings had a growth rank; {@code missingPeriods}, the months
 * MISSING_REPORT found without a figure; {@code dueDate}, on an ESCALATED transition, the action plan's due date
 * that passed; {@code projectId}, {@code projectName} and {@code daysSinceSigned}, on SIGN_TO_PILE, the project
 * (its id is part of the fingerprint), its name and the days since it was signed. People-facing texts are written from these fields (alert-service renders them per language); the
 * {@code message} is the rule's own wording.
 */
public record AlertEvent(int schemaVersion, String alertId, long sequence, TransitionKind transition,
        AlertRule rule, String regionId, String indicator, int year, String entityId, String period,
        AlertState state, Severity severity, Severity previousSeverity, BigDecimal progressPct,
        BigDecimal expectedPct, BigDecimal growthPct, BigDecimal growthTargetPct, Integer rank, Integer rankChange,
        String message, Instant firedAt, Instant changedAt, BigDecimal ytd, Integer rankedCount,
        List<String> missingPeriods, String dueDate, String projectId, String projectName,
        Integer daysSinceSigned) {

    public static final int SCHEMA_VERSION = 1;

    public AlertEvent(int schemaVersion, String alertId, long sequence, TransitionKind transition, AlertRule rule,
            String regionId, String indicator, int year, String entityId, String period, AlertState state,
            Severity severity, Severity previousSeverity, BigDecimal progressPct, BigDecimal expectedPct,
            BigDecimal growthPct, BigDecimal growthTargetPct, Integer rank, Integer rankChange, String message,
            Instant firedAt, Instant changedAt, BigDecimal ytd, Integer rankedCount, List<String> missingPeriods,
            String dueDate) {
        this(schemaVersion, alertId, sequence, transition, rule, regionId, indicator, year, entityId, period, state,
                severity, previousSeverity, progressPct, expectedPct, growthPct, growthTargetPct, rank, rankChange,
                message, firedAt, changedAt, ytd, rankedCount, missingPeriods, dueDate, null, null, null);
    }

    public AlertEvent(String alertId, long sequence, TransitionKind transition, AlertRule rule, String regionId,
            String indicator, int year, String entityId, String period, AlertState state, Severity severity,
            Severity previousSeverity, BigDecimal progressPct, BigDecimal expectedPct, BigDecimal growthPct,
            BigDecimal growthTargetPct, Integer rank, Integer rankChange, String message, Instant firedAt,
            Instant changedAt, BigDecimal ytd, Integer rankedCount, List<String> missingPeriods, String dueDate) {
        this(SCHEMA_VERSION, alertId, sequence, transition, rule, regionId, indicator, year, entityId, period, state,
                severity, previousSeverity, progressPct, expectedPct, growthPct, growthTargetPct, rank, rankChange,
                message, firedAt, changedAt, ytd, rankedCount, missingPeriods, dueDate);
    }

    public AlertEvent(String alertId, long sequence, TransitionKind transition, AlertRule rule, String regionId,
            String indicator, int year, String entityId, String period, AlertState state, Severity severity,
            Severity previousSeverity, BigDecimal progressPct, BigDecimal expectedPct, BigDecimal growthPct,
            BigDecimal growthTargetPct, Integer rank, Integer rankChange, String message, Instant firedAt,
            Instant changedAt) {
        this(SCHEMA_VERSION, alertId, sequence, transition, rule, regionId, indicator, year, entityId, period, state,
                severity, previousSeverity, progressPct, expectedPct, growthPct, growthTargetPct, rank, rankChange,
                message, firedAt, changedAt, null, null, null, null);
    }
}
