package io.pacer.events;

/** The rules alert-service evaluates; part of an alert's fingerprint. */
public enum AlertRule {
    PROGRESS_LAG,
    GROWTH_LAG,
    RANK_BOTTOM,
    RANK_DROP,
    MISSING_REPORT,
    /** The year-end forecast falls short of the annual target (DESIGN.md, "Forecast"). */
    FORECAST_MISS,
    /** A project signed too long ago without its first pile (签约到打桩); fingerprinted with the project id. */
    SIGN_TO_PILE
}
