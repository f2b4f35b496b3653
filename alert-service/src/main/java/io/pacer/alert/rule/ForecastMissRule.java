package io.pacer.alert.rule;

import java.math.BigDecimal;
import java.util.Locale;

import io.pacer.alert.target.Target;
import io.pacer.events.Basis;
import io.pacer.events.Better;
import io.pacer.events.Severity;

/**
 * FORECAST_MISS (better=HIGHER with an annual target, from March on): the year-end forecast's attainmentPct is
 * below 100 − yellowGapPts (YELLOW) or below 100 − redGapPts (RED), the target's own gaps, compared exactly. Before
 * March a forecast is too early to judge: the verdict is a clear, with the values. The alert shows the actual
 * progress (ytd / annualTarget × 100) as {@code progressPct} and the forecast attainment as {@code expectedPct}:
 * where the year is expected to end, in percent of the target.
 */
final class ForecastMissRule {

    static final int FIRST_MONTH = 3;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ForecastMissRule() {
    }

    static Verdict evaluate(Target target, Better better, Basis basis, RuleInput input) {
        if (target.annualTarget() == null) {
            return Verdict.inapplicable("the target has no annual target");
        }
        if (better != Better.HIGHER) {
            return Verdict.inapplicable("a forecast is judged only where higher is better");
        }
        if (!input.evaluable() || input.current().ytd() == null) {
            return new Verdict.Skip("no year-to-date figure");
        }
        Forecast forecast = YearEndForecast.of(basis, input.month(), input.current().ytd(),
                input.seasonal().ytdAtMonth(), input.seasonal().ytdDecember(), target.annualTarget());
        BigDecimal progressPct = input.current().ytd().multiply(HUNDRED).divide(target.annualTarget(),
                YearEndForecast.MATH);
        AlertValues values = new AlertValues(progressPct, forecast.attainmentPct(), null, null, null, null);
        String text = String.format(Locale.ROOT, "year-end forecast %s (%s), %.1f%% of the annual target %s, at %s",
                forecast.forecast().toPlainString(), forecast.method(), forecast.attainmentPct(),
                target.annualTarget().toPlainString(), input.month());
        if (input.month().month() < FIRST_MONTH) {
            return new Verdict.Clear(input.month(), values, text);
        }
        if (forecast.attainmentBelow(HUNDRED.subtract(target.redGapPts()))) {
            return new Verdict.Fire(Severity.RED, input.month(), values, text);
        }
        if (forecast.attainmentBelow(HUNDRED.subtract(target.yellowGapPts()))) {
            return new Verdict.Fire(Severity.YELLOW, input.month(), values, text);
        }
        return new Verdict.Clear(input.month(), values, text);
    }
}
