package io.pacer.aggregate.figure;

import io.pacer.events.Basis;

/**
 * One series' year-to-dates and prior year-to-dates of one year as scaled longs, for the sums of a region
 * ({@link LeafTotals}); the same values as {@link YearToDate#byMonth} gives, scale included. {@code wide} when a
 * value has more than 18 digits, a negative scale or a running sum overflows: the BigDecimal arrays are used then.
 */
final class YearLane {

    final ScaledSums ytd = new ScaledSums();
    final ScaledSums prior = new ScaledSums();
    /** Bit k set: month k+1 has a year-to-date (resp. a prior one). */
    int ytdMask;
    int priorMask;
    boolean wide;

    /**
     * @param current  the year's figures, or null
     * @param previous the year before's, or null: the prior series where a figure has no priorYearValue
     */
    static YearLane of(Basis basis, MonthValues current, MonthValues previous) {
        YearLane lane = new YearLane();
        try {
            lane.ytdMask = runCurrent(basis, current, lane.ytd);
            lane.priorMask = runPrior(basis, current, previous, lane.prior);
        } catch (ArithmeticException e) {
            lane.wide = true;
        }
        return lane;
    }

    private static int runCurrent(Basis basis, MonthValues current, ScaledSums out) {
        int mask = 0;
        boolean running = false;
        for (int k = 0; k < 12; k++) {
            int bit = 1 << k;
            if (current != null && (current.valueMask & bit) != 0) {
                if ((current.wideMask & bit) != 0) {
                    throw new ArithmeticException("too wide for a long");
                }
                running = step(basis, running, out, k, current.value[k], current.valueScale[k]);
            } else if (running) {
                carry(out, k);
            }
            mask |= running ? bit : 0;
        }
        return mask;
    }

    /** The prior series: a figure's priorYearValue where it has one, else last year's own figure (同口径). */
    private static int runPrior(Basis basis, MonthValues current, MonthValues previous, ScaledSums out) {
        int mask = 0;
        boolean running = false;
        for (int k = 0; k < 12; k++) {
            int bit = 1 << k;
            if (current != null && (current.wideMask & bit) != 0) {
                throw new ArithmeticException("too wide for a long");
            }
            if (current != null && (current.priorMask & bit) != 0) {
                running = step(basis, running, out, k, current.prior[k], current.priorScale[k]);
            } else if (previous != null && (previous.valueMask & bit) != 0) {
                if ((previous.wideMask & bit) != 0) {
                    throw new ArithmeticException("too wide for a long");
                }
                running = step(basis, running, out, k, previous.value[k], previous.valueScale[k]);
            } else if (running) {
                carry(out, k);
            }
            mask |= running ? bit : 0;
        }
        return mask;
    }

    /** YearToDate.byMonth's step: a MONTHLY flow adds to the running sum, a level replaces it. */
    private static boolean step(Basis basis, boolean running, ScaledSums out, int k, long value, int scale) {
        if (basis == Basis.MONTHLY && running) {
            carry(out, k);
            out.add(k, value, scale);
        } else {
            out.unscaled[k] = value;
            out.scale[k] = (byte) scale;
        }
        return true;
    }

    private static void carry(ScaledSums out, int k) {
        out.unscaled[k] = out.unscaled[k - 1];
        out.scale[k] = out.scale[k - 1];
    }
}
