package io.pacer.aggregate.figure;

import java.math.BigDecimal;
import java.math.MathContext;

/** Percentages, exact to 34 digits before they become doubles; null wherever a side is missing or zero. */
public final class Percent {

    private static final MathContext PRECISION = MathContext.DECIMAL128;

    private Percent() {
    }

    /** numerator / denominator × 100. */
    public static Double of(BigDecimal numerator, BigDecimal denominator) {
        if (numerator == null || denominator == null || denominator.signum() == 0) {
            return null;
        }
        return numerator.divide(denominator, PRECISION).movePointRight(2).doubleValue();
    }

    /** (now − prior) / prior × 100. */
    public static Double growth(BigDecimal now, BigDecimal prior) {
        if (now == null) {
            return null;
        }
        return of(prior == null ? null : now.subtract(prior), prior);
    }
}
