package io.pacer.events;

/** The rules alert-service evaluates; part of an alert's fingerprint. */
public enum AlertRule {
    PROGRESS_LAG,
    GROWTH_LAG,
    RANK_BOTTOM,
    RANK_DROP,
    MISSING_REPORT,
    /** The year-end forecast falls short of the annual target (DESIGN.md, "Forecast"). */
    FORECAST_MISS
}
