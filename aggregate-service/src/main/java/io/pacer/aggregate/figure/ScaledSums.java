package io.pacer.aggregate.figure;

import java.math.BigDecimal;

/**
 * Exact decimal sums kept as a long and a scale, twelve months side by side, adding the way {@link BigDecimal#add}
 * does (the result takes the larger scale, so {@code 1.5 + 2.25 = 3.75} and {@code 0 + 2.00 = 2.00}). Summing a
 * region's units is the inner loop of every recomputation, and BigDecimal allocates per addition. A sum that would
 * not fit in a long throws {@link ArithmeticException}; the caller then adds with BigDecimal instead.
 */
final class ScaledSums {

    private static final long[] POWERS = new long[19];

    static {
        POWERS[0] = 1;
        for (int i = 1; i < POWERS.length; i++) {
            POWERS[i] = POWERS[i - 1] * 10;
        }
    }

    final long[] unscaled = new long[12];
    final byte[] scale = new byte[12];

    /** Adds {@code value × 10^-valueScale} to month {@code k}. */
    void add(int k, long value, int valueScale) {
        int s = scale[k];
        if (valueScale > s) {
            unscaled[k] = Math.addExact(Math.multiplyExact(unscaled[k], POWERS[valueScale - s]), value);
            scale[k] = (byte) valueScale;
        } else if (valueScale < s) {
            unscaled[k] = Math.addExact(unscaled[k], Math.multiplyExact(value, POWERS[s - valueScale]));
        } else {
            unscaled[k] = Math.addExact(unscaled[k], value);
        }
    }

    /** Month k's sum; 0 (scale 0) when nothing was added, as BigDecimal.ZERO. */
    BigDecimal get(int k) {
        return BigDecimal.valueOf(unscaled[k], scale[k]);
    }

    /** Whether a value can be added here exactly: a scale 0..18 and at most 18 digits. */
    static boolean fits(BigDecimal value) {
        return value.scale() >= 0 && value.scale() <= 18 && value.precision() <= 18;
    }

    /** The unscaled value of one that {@link #fits}. */
    static long unscaledOf(BigDecimal value) {
        return value.scale() == 0 ? value.longValue() : value.movePointRight(value.scale()).longValue();
    }
}
