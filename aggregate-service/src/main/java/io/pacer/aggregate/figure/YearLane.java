package io.pacer.aggregate.figure;

import java.math.BigDecimal;

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

    static YearLane of(Basis basis, BigDecimal[] current, BigDecimal[] prior) {
        YearLane lane = new YearLane();
        try {
            lane.ytdMask = run(basis, current, lane.ytd);
            lane.priorMask = run(basis, prior, lane.prior);
        } catch (ArithmeticException e) {
            lane.wide = true;
        }
        return lane;
    }

    /** YearToDate.byMonth into {@code out}; returns which months have a value. */
    private static int run(Basis basis, BigDecimal[] months, ScaledSums out) {
        int mask = 0;
        boolean running = false;
        for (int k = 0; k < 12; k++) {
            BigDecimal v = months[k];
            if (v != null) {
                if (!ScaledSums.fits(v)) {
                    throw new ArithmeticException("too wide for a long");
                }
                long unscaled = ScaledSums.unscaledOf(v);
                if (basis == Basis.MONTHLY && running) {
                    out.unscaled[k] = out.unscaled[k - 1];
                    out.scale[k] = out.scale[k - 1];
                    out.add(k, unscaled, v.scale());
                } else {
                    out.unscaled[k] = unscaled;
                    out.scale[k] = (byte) v.scale();
                }
                running = true;
            } else if (running) {
                out.unscaled[k] = out.unscaled[k - 1];
                out.scale[k] = out.scale[k - 1];
            }
            if (running) {
                mask |= 1 << k;
            }
        }
        return mask;
    }
}
