package io.pacer.demo.data;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;

/**
 * How one unit's indicator moves: an annual total for D−1, a growth into D (and on), a growth from D−2, and the
 * share of the year reached by each month. Year-to-date = annual total × that share, so it never falls within a
 * year. {@code steady} units keep one monthly shape in every year (their growth is the same every month).
 */
record EntityProfile(double annual, double growth, double priorGrowth, boolean counts, boolean steady, long seed) {

    /** Monthly weights of a year in the city (Spring Festival in February, a December rush). */
    private static final double[] SEASON = {0.85, 0.65, 1.0, 0.95, 1.0, 1.1, 0.95, 0.95, 1.05, 1.0, 1.05, 1.45};

    BigDecimal ytd(int year, int month, int demoYear) {
        double total = annual * Math.pow(1 + growth, year - (demoYear - 1));
        if (year < demoYear - 1) {
            total = annual / Math.pow(1 + priorGrowth, demoYear - 1 - year);
        }
        double reached = shareOfYear(steady ? 0 : year, month);
        double value = total * reached;
        return counts ? BigDecimal.valueOf((long) Math.floor(value + 1e-9))
                : BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }

    private double shareOfYear(int year, int month) {
        Random jitter = new Random(seed * 8191 + year);
        double sum = 0;
        double upTo = 0;
        for (int m = 1; m <= 12; m++) {
            double w = SEASON[m - 1] * (0.94 + 0.12 * jitter.nextDouble());
            sum += w;
            if (m <= month) {
                upTo += w;
            }
        }
        return month == 12 ? 1.0 : upTo / sum;
    }
}
