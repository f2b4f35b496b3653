package io.pacer.aggregate.figure;

import java.math.BigDecimal;

import io.pacer.events.Basis;

/**
 * Year-to-date of one series, month by month. One rule covers all three bases: a missing month adds no flow
 * (MONTHLY) and changes no level (CUMULATIVE, STOCK); before the first value there is no year-to-date at all.
 */
public final class YearToDate {

    private YearToDate() {
    }

    /** {@code months[k]} is the value of month k+1 or null; the result holds the year-to-date at each month. */
    public static BigDecimal[] byMonth(Basis basis, BigDecimal[] months) {
        BigDecimal[] ytd = new BigDecimal[months.length];
        BigDecimal running = null;
        for (int k = 0; k < months.length; k++) {
            BigDecimal v = months[k];
            if (v != null) {
                running = basis == Basis.MONTHLY && running != null ? running.add(v) : v;
            }
            ytd[k] = running;
        }
        return ytd;
    }
}
