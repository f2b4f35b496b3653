package io.pacer.aggregate.figure;

import java.math.BigDecimal;

/** An entity's series as the twelve months of a year: its own figures, and the prior-year values they compare with. */
final class SeriesMonths {

    private SeriesMonths() {
    }

    /** The current series of a year: month k+1's figure at index k, null where missing. */
    static BigDecimal[] current(EntitySeries series, int year) {
        BigDecimal[] values = new BigDecimal[12];
        for (int k = 0; k < 12; k++) {
            LedgerEntry e = series.figure(year, k + 1);
            values[k] = e == null ? null : e.value();
        }
        return values;
    }

    /**
     * The prior series of a year: the entity's own figures of the year before, except where a figure of this
     * year carries a priorYearValue, which restates that month (同口径). A figure of this year without one leaves
     * last year's own value standing.
     */
    static BigDecimal[] prior(EntitySeries series, int year) {
        BigDecimal[] values = new BigDecimal[12];
        for (int k = 0; k < 12; k++) {
            LedgerEntry now = series.figure(year, k + 1);
            if (now != null && now.priorYearValue() != null) {
                values[k] = now.priorYearValue();
            } else {
                LedgerEntry before = series.figure(year - 1, k + 1);
                values[k] = before == null ? null : before.value();
            }
        }
        return values;
    }
}
