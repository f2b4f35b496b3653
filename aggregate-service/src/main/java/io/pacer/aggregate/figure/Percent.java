package io.pacer.aggregate.figure;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Percentages, exact to 34 digits before they become doubles; null wherever a side is missing or zero.
 *
 * <p>The definition is {@code (n / d rounded to DECIMAL128) × 100} as a correctly rounded double. A flush computes
 * hundreds of thousands of them and a 34-digit division is costly, so where both sides are small enough that the
 * result is the same double, it comes from one IEEE division of exact doubles instead (see {@link #fast});
 * everything else takes the decimal path.
 */
public final class Percent {

    private static final MathContext PRECISION = MathContext.DECIMAL128;
    private static final long EXACT = 1L << 53;
    private static final long[] POW10 = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L,
            100_000_000L, 1_000_000_000L, 10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L,
            10_000_000_000_000L, 100_000_000_000_000L, 1_000_000_000_000_000L};

    private Percent() {
    }

    /** numerator / denominator × 100. */
    public static Double of(BigDecimal numerator, BigDecimal denominator) {
        if (numerator == null || denominator == null || denominator.signum() == 0) {
            return null;
        }
        double fast = fast(numerator, denominator);
        return Double.isNaN(fast) ? exact(numerator, denominator) : fast;
    }

    /** (now − prior) / prior × 100. */
    public static Double growth(BigDecimal now, BigDecimal prior) {
        if (now == null) {
            return null;
        }
        return of(prior == null ? null : now.subtract(prior), prior);
    }

    /** The definition itself: the decimal path every result must equal. */
    static double exact(BigDecimal numerator, BigDecimal denominator) {
        return numerator.divide(denominator, PRECISION).movePointRight(2).doubleValue();
    }

    /**
     * 100·n/d as N/D with integers |N|, |D| ≤ 2^53, so both are exact doubles and one division rounds the true
     * quotient correctly. That equals the rounded 34-digit quotient's double, because the 34-digit rounding (at most
     * 5·10^-34 relative) cannot carry a quotient across a midpoint between two doubles: such a midpoint is M·2^q with
     * M odd and above 2^53, so N/D is never one (its reduced numerator would be M > |N|), and lies at least
     * 1/(D·M) > 2^-107 (relative) from every one. NaN where the sides don't fit.
     */
    static double fast(BigDecimal numerator, BigDecimal denominator) {
        if (numerator.signum() == 0) {
            return 0.0; // not -0.0 for a negative denominator: decimals have no negative zero
        }
        if (numerator.precision() > 16 || denominator.precision() > 16) {
            return Double.NaN;
        }
        long n = numerator.unscaledValue().longValue();
        long d = denominator.unscaledValue().longValue();
        int shift = denominator.scale() - numerator.scale() + 2; // 100·n/d = n·10^shift / d
        if (shift >= 0) {
            if (shift >= POW10.length || Math.abs(n) > EXACT / POW10[shift]) {
                return Double.NaN;
            }
            n *= POW10[shift];
        } else {
            if (-shift >= POW10.length || Math.abs(d) > EXACT / POW10[-shift]) {
                return Double.NaN;
            }
            d *= POW10[-shift];
        }
        if (Math.abs(n) > EXACT || Math.abs(d) > EXACT) {
            return Double.NaN;
        }
        return (double) n / (double) d;
    }
}
