package io.pacer.alert.target;

/** How the expected share of an annual target grows through the year. */
public enum Curve {
    /** m / 12 of the target by month m (序时进度). */
    LINEAR,
    /** Last year's own cumulative curve, falling back to LINEAR where last year can't say. */
    SEASONAL
}
