package io.pacer.alert.rule;

/** How a year-end forecast was made (DESIGN.md, "Forecast"). */
public enum ForecastMethod {
    /** ytd × ytd(Y−1, 12) / ytd(Y−1, m): last year's own curve carried to December. */
    SEASONAL,
    /** ytd × 12 / m: the pace so far kept up to December. */
    LINEAR,
    /** A STOCK indicator: the latest level is the forecast. */
    LEVEL
}
