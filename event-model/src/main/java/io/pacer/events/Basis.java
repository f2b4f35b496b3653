package io.pacer.events;

/** How an indicator's monthly figure is to be read. */
public enum Basis {
    /** The month's own flow. */
    MONTHLY,
    /** The year-to-date (本年累计). */
    CUMULATIVE,
    /** The level at month end. */
    STOCK
}
