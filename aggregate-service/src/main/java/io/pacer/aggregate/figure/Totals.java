package io.pacer.aggregate.figure;

import java.math.BigDecimal;

/**
 * What a region's figure at one month is made of, kept as sums so that the totals of sibling regions add up to
 * their parent's: the sum and count of the entities' year-to-dates, the same over the comparable set (同口径:
 * entities with both a current and a prior year-to-date) and the reporting counts: {@code reported} of the
 * {@code expected} entities have a figure for the month, and {@code late} of those reported it late (their latest
 * figure of the month was accepted after the deadline).
 */
public record Totals(BigDecimal ytdSum, int ytdCount, BigDecimal comparableYtd, BigDecimal comparablePrior,
        int comparableCount, int reported, int expected, int late) {

    public static final Totals EMPTY = new Totals(BigDecimal.ZERO, 0, BigDecimal.ZERO, BigDecimal.ZERO, 0, 0, 0, 0);

    public Totals plus(Totals other) {
        return new Totals(ytdSum.add(other.ytdSum), ytdCount + other.ytdCount,
                comparableYtd.add(other.comparableYtd), comparablePrior.add(other.comparablePrior),
                comparableCount + other.comparableCount, reported + other.reported, expected + other.expected,
                late + other.late);
    }

    /** Σ ytd_e over the entities that have one; null when none has. */
    public BigDecimal ytd() {
        return ytdCount == 0 ? null : ytdSum;
    }

    /** Σ priorYtd_e over the comparable set; null when it is empty. */
    public BigDecimal priorYtd() {
        return comparableCount == 0 ? null : comparablePrior;
    }

    /** Growth over the comparable set; null when it is empty or its prior sum is zero. */
    public Double growthPct() {
        return comparableCount == 0 ? null : Percent.growth(comparableYtd, comparablePrior);
    }

    public static Totals[] emptyYear() {
        Totals[] year = new Totals[12];
        java.util.Arrays.fill(year, EMPTY);
        return year;
    }

    public static Totals[] sum(Iterable<Totals[]> years) {
        Totals[] sum = emptyYear();
        for (Totals[] year : years) {
            for (int k = 0; k < 12; k++) {
                sum[k] = sum[k].plus(year[k]);
            }
        }
        return sum;
    }

    /** The first month (1..12) whose totals differ; 12 when none does (a redelivered record changes nothing). */
    static int firstDifference(Totals[] before, Totals[] after) {
        for (int k = 0; k < 12; k++) {
            if (!before[k].equals(after[k])) {
                return k + 1;
            }
        }
        return 12;
    }
}
