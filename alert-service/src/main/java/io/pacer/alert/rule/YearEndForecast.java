package io.pacer.alert.rule;

import java.math.BigDecimal;
import java.math.MathContext;

import io.pacer.events.Basis;
import io.pacer.events.Period;

/**
 * The year-end forecast of DESIGN.md, "Forecast", at the latest month m with a figure in year Y:
 * <ul>
 * <li>MONTHLY and CUMULATIVE: ytd × ytd(Y−1, 12) / ytd(Y−1, m) when ytd(Y−1, m) &gt; 0 and ytd(Y−1, 12) exists
 * (SEASONAL), else ytd × 12 / m (LINEAR);</li>
 * <li>STOCK: the latest level (LEVEL);</li>
 * <li>attainmentPct = forecast / annualTarget × 100 where there is an annual target, else null.</li>
 * </ul>
 * Divisions are taken to {@link #MATH} (16 significant digits, half-even); products are exact. A forecast at
 * December is the year-to-date itself under either curve.
 */
public final class YearEndForecast {

    /** The precision of every division here. */
    public static final MathContext MATH = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private YearEndForecast() {
    }

    /**
     * The forecast, or null when there is nothing to forecast from ({@code ytd} null).
     *
     * @param lastYearAtMonth ytd(Y−1, m), null when last year has no figure at m
     * @param lastYearDecember ytd(Y−1, 12), null when last year's December figure is not there
     * @param annualTarget the target's annualTarget, null when none is set
     */
    public static Forecast of(Basis basis, Period month, BigDecimal ytd, BigDecimal lastYearAtMonth,
            BigDecimal lastYearDecember, BigDecimal annualTarget) {
        if (ytd == null || month == null) {
            return null;
        }
        BigDecimal numerator;
        BigDecimal denominator;
        ForecastMethod method;
        if (basis == Basis.STOCK) {
            numerator = ytd;
            denominator = BigDecimal.ONE;
            method = ForecastMethod.LEVEL;
        } else if (lastYearAtMonth != null && lastYearAtMonth.signum() > 0 && lastYearDecember != null) {
            numerator = ytd.multiply(lastYearDecember);
            denominator = lastYearAtMonth;
            method = ForecastMethod.SEASONAL;
        } else {
            numerator = ytd.multiply(TWELVE);
            denominator = BigDecimal.valueOf(month.month());
            method = ForecastMethod.LINEAR;
        }
        BigDecimal forecast = canonical(numerator.divide(denominator, MATH));
        BigDecimal attainment = annualTarget == null || annualTarget.signum() == 0 ? null
                : canonical(numerator.multiply(HUNDRED).divide(denominator.multiply(annualTarget), MATH));
        return new Forecast(month, canonical(ytd), forecast, method, annualTarget == null ? null
                : canonical(annualTarget), attainment, numerator, denominator);
    }

    static BigDecimal canonical(BigDecimal value) {
        return value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    }
}
