package io.pacer.alert.rule;

import java.math.BigDecimal;
import java.util.Locale;

import io.pacer.alert.target.Target;
import io.pacer.events.Better;
import io.pacer.events.Severity;

/** GROWTH_LAG: year-on-year growth falls short of the growth target (for better=LOWER: exceeds it). */
final class GrowthLagRule {

    static final BigDecimal RED_SHORTFALL = BigDecimal.valueOf(5);

    private GrowthLagRule() {
    }

    static Verdict evaluate(Target target, Better better, RuleInput input) {
        BigDecimal goal = target.growthTargetPct();
        if (goal == null) {
            return Verdict.inapplicable("the target has no growth target");
        }
        if (!input.evaluable() || input.current().growthPct() == null) {
            return new Verdict.Skip("no growth: no comparable units");
        }
        BigDecimal growth = AlertValues.decimal(input.current().growthPct());
        boolean lower = better == Better.LOWER;
        BigDecimal shortfall = lower ? growth.subtract(goal) : goal.subtract(growth);
        boolean wrongWay = lower ? growth.signum() > 0 && goal.signum() < 0 : growth.signum() < 0 && goal.signum() > 0;
        AlertValues values = new AlertValues(null, null, growth, goal, null, null, input.current().ytd(), null,
                null);
        String text = String.format(Locale.ROOT, "growth %.1f%% against a target of %.1f%% at %s", growth, goal, input.month());
        if (shortfall.compareTo(RED_SHORTFALL) >= 0 || wrongWay) {
            return new Verdict.Fire(Severity.RED, input.month(), values, text);
        }
        if (shortfall.signum() > 0) {
            return new Verdict.Fire(Severity.YELLOW, input.month(), values, text);
        }
        return new Verdict.Clear(input.month(), values, text);
    }
}
