package io.pacer.alert.rule;

import java.math.BigDecimal;

import io.pacer.events.Period;

/**
 * A year-end forecast at month {@code month}: {@code forecast} = numerator / denominator (kept as that exact
 * fraction, so thresholds compare exactly), and as a decimal to {@link YearEndForecast#MATH}. {@code annualTarget}
 * and {@code attainmentPct} are null without an annual target. Decimals carry no trailing zeros.
 */
public record Forecast(Period month, BigDecimal ytd, BigDecimal forecast, ForecastMethod method,
        BigDecimal annualTarget, BigDecimal attainmentPct, BigDecimal numerator, BigDecimal denominator) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Whether forecast / annualTarget × 100 &lt; {@code pct}, decided exactly: numerator × 100 &lt; pct ×
     * annualTarget × denominator (the denominator and a valid target are positive). False without a target.
     */
    public boolean attainmentBelow(BigDecimal pct) {
        if (annualTarget == null || annualTarget.signum() <= 0) {
            return false;
        }
        return numerator.multiply(HUNDRED).compareTo(pct.multiply(annualTarget).multiply(denominator)) < 0;
    }
}
