package io.pacer.alert.rule;

import java.util.EnumMap;
import java.util.Map;

import io.pacer.alert.target.Target;
import io.pacer.events.AlertRule;
import io.pacer.events.Better;
import io.pacer.events.Indicator;

/** The target-bound rules of DESIGN.md, "Alert rules", evaluated together on one snapshot of the read model. */
public final class AlertRules {

    private AlertRules() {
    }

    /**
     * The verdict of every target-bound rule. Without the indicator (not yet seen on the reference topic) or its
     * direction nothing can be judged, so every rule is skipped and every alert stays.
     */
    public static Map<AlertRule, Verdict> evaluate(Target target, Indicator indicator, RuleInput input) {
        Map<AlertRule, Verdict> verdicts = new EnumMap<>(AlertRule.class);
        Better better = indicator == null ? null : indicator.better();
        if (better == null) {
            Verdict skip = new Verdict.Skip("indicator not known yet");
            verdicts.put(AlertRule.PROGRESS_LAG, skip);
            verdicts.put(AlertRule.GROWTH_LAG, skip);
            verdicts.put(AlertRule.RANK_BOTTOM, skip);
            verdicts.put(AlertRule.RANK_DROP, skip);
            verdicts.put(AlertRule.FORECAST_MISS, skip);
            return verdicts;
        }
        verdicts.put(AlertRule.PROGRESS_LAG, ProgressLagRule.evaluate(target, better, input));
        verdicts.put(AlertRule.GROWTH_LAG, GrowthLagRule.evaluate(target, better, input));
        verdicts.put(AlertRule.RANK_BOTTOM, RankBottomRule.evaluate(input));
        verdicts.put(AlertRule.RANK_DROP, RankDropRule.evaluate(input));
        verdicts.put(AlertRule.FORECAST_MISS, ForecastMissRule.evaluate(target, better, indicator.basis(), input));
        return verdicts;
    }
}
