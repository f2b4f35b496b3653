package io.pacer.alert.rule;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

import io.pacer.alert.target.Curve;
import io.pacer.alert.target.Target;
import io.pacer.events.Better;
import io.pacer.events.Severity;

/**
 * PROGRESS_LAG: year-to-date progress against the annual target trails the expected share of the year. The
 * thresholds are compared exactly (cross-multiplied), so a gap of exactly yellowGapPts is YELLOW even where the
 * percentages themselves don't terminate (m / 12).
 */
final class ProgressLagRule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private ProgressLagRule() {
    }

    static Verdict evaluate(Target target, Better better, RuleInput input) {
        if (target.annualTarget() == null) {
            return Verdict.inapplicable("the target has no annual target");
        }
        if (better == Better.LOWER) {
            return Verdict.inapplicable("progress is not judged for an indicator where lower is better");
        }
        if (!input.evaluable() || input.current().ytd() == null) {
            return new Verdict.Skip("no year-to-date figure");
        }
        BigDecimal ytd = input.current().ytd();
        BigDecimal annual = target.annualTarget();
        Expected expected = expected(target.curve(), input);
        BigDecimal progressPct = ytd.multiply(HUNDRED).divide(annual, MathContext.DECIMAL64);
        BigDecimal expectedPct = expected.numerator.divide(expected.denominator, MathContext.DECIMAL64);
        AlertValues values = new AlertValues(progressPct, expectedPct, null, null, null, null, ytd, null,
                null);
        String text = String.format(Locale.ROOT, "year-to-date %.1f%% of the annual target against %.1f%% expected (%s) at %s",
                progressPct, expectedPct, expected.label, input.month());
        if (gapAtLeast(expected, ytd, annual, target.redGapPts())) {
            return new Verdict.Fire(Severity.RED, input.month(), values, text);
        }
        if (gapAtLeast(expected, ytd, annual, target.yellowGapPts())) {
            return new Verdict.Fire(Severity.YELLOW, input.month(), values, text);
        }
        return new Verdict.Clear(input.month(), values, text);
    }

    /** expected − 100·ytd/annual ≥ threshold, multiplied out by annual (> 0) and the expected share's denominator. */
    private static boolean gapAtLeast(Expected expected, BigDecimal ytd, BigDecimal annual, BigDecimal threshold) {
        BigDecimal lhs = expected.numerator.multiply(annual)
                .subtract(HUNDRED.multiply(ytd).multiply(expected.denominator))
                .subtract(threshold.multiply(expected.denominator).multiply(annual));
        return lhs.signum() * expected.denominator.signum() >= 0;
    }

    static Expected expected(Curve curve, RuleInput input) {
        int m = input.month().month();
        Expected linear = new Expected(HUNDRED.multiply(BigDecimal.valueOf(m)), TWELVE, "LINEAR");
        if (curve != Curve.SEASONAL) {
            return linear;
        }
        SeasonalBase base = input.seasonal();
        if (!base.usable()) {
            return new Expected(linear.numerator, linear.denominator, "SEASONAL, no usable last year: LINEAR");
        }
        BigDecimal atMonth = base.ytdAtMonth() == null ? BigDecimal.ZERO : base.ytdAtMonth();
        return new Expected(HUNDRED.multiply(atMonth), base.ytdDecember(), "SEASONAL");
    }

    /** The expected percentage as an exact fraction. */
    record Expected(BigDecimal numerator, BigDecimal denominator, String label) {
    }
}
