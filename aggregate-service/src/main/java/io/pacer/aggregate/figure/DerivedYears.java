package io.pacer.aggregate.figure;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * What an {@link EntitySeries} derives for each year it is read in (year-to-dates, the months with a figure, the
 * months that came late), kept until the series changes. Parallel arrays rather than a map: a series spans few
 * years, and a boxed Integer key would be allocated on every read of the hot path.
 */
final class DerivedYears {

    /** A year's year-to-dates (as scaled longs for sums, as BigDecimals for reading) and its month masks. */
    static final class Year {
        final YearLane lane;
        BigDecimal[][] decimals;
        /** Bit k for month k+1; -1 until computed. */
        int figureMonths = -1;
        int lateMonths;

        Year(YearLane lane) {
            this.lane = lane;
        }

        /**
         * Computes the month masks once: the months with a figure, and those whose figure (the latest entry) was
         * accepted late. A late revision makes the month late; an on-time one after it makes it on time again.
         */
        Year months(EntitySeries series, int year) {
            if (figureMonths < 0) {
                int figures = 0;
                int late = 0;
                for (int k = 0; k < 12; k++) {
                    LedgerEntry e = series.figure(year, k + 1);
                    figures |= e == null ? 0 : 1 << k;
                    late |= e != null && e.late() ? 1 << k : 0;
                }
                lateMonths = late;
                figureMonths = figures;
            }
            return this;
        }
    }

    private int count;
    private int[] years = new int[2];
    private Year[] derived = new Year[2];

    /** The year's derived values, or null when none were kept since the last change. */
    Year find(int year) {
        for (int i = 0; i < count; i++) {
            if (years[i] == year) {
                return derived[i];
            }
        }
        return null;
    }

    Year add(int year, Year values) {
        if (count == years.length) {
            years = Arrays.copyOf(years, count * 2);
            derived = Arrays.copyOf(derived, count * 2);
        }
        years[count] = year;
        derived[count++] = values;
        return values;
    }

    /** Forgets every year: the series changed. */
    void clear() {
        count = 0;
    }
}
