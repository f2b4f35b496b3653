/**
 * MISSING_REPORT: which months each entity reported each indicator for (from the ledger, {@code
 * pacer.submissions}), and the clock-driven and per-submission checks that judge it.
 */
package io.pacer.alert.missing;
