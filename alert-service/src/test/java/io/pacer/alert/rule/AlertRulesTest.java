package io.pacer.alert.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.pacer.alert.target.Targets;
import io.pacer.events.AlertRule;
import io.pacer.events.Basis;
import io.pacer.events.Better;
import io.pacer.events.Indicator;

class AlertRulesTest {

    private static final Indicator REVENUE = new Indicator("fiscal_revenue", "财政收入", "Fiscal revenue", "万元",
            Basis.CUMULATIVE, Better.HIGHER, null, true);

    @Test
    void everyTargetBoundRuleGivesAVerdict() {
        RuleInput input = Inputs.atMonth(6).ytd("40").growth(2.0).standing(5, 5, 5).rankChange(-3).build();

        Map<AlertRule, Verdict> verdicts = AlertRules.evaluate(Targets.both("100", "8"), REVENUE, input);

        assertThat(verdicts).containsOnlyKeys(AlertRule.PROGRESS_LAG, AlertRule.GROWTH_LAG, AlertRule.RANK_BOTTOM,
                AlertRule.RANK_DROP, AlertRule.FORECAST_MISS);
        assertThat(Outcomes.of(verdicts.get(AlertRule.PROGRESS_LAG))).isEqualTo("YELLOW");
        assertThat(Outcomes.of(verdicts.get(AlertRule.GROWTH_LAG))).isEqualTo("RED");
        assertThat(Outcomes.of(verdicts.get(AlertRule.RANK_BOTTOM))).isEqualTo("YELLOW");
        assertThat(Outcomes.of(verdicts.get(AlertRule.RANK_DROP))).isEqualTo("YELLOW");
        assertThat(Outcomes.of(verdicts.get(AlertRule.FORECAST_MISS))).as("40 × 12 / 6 = 80 %").isEqualTo("YELLOW");
    }

    @Test
    void nothingIsJudgedBeforeTheIndicatorIsKnown() {
        RuleInput input = Inputs.atMonth(6).ytd("0").growth(-50.0).standing(5, 5, 5).rankChange(-3).build();

        Map<AlertRule, Verdict> verdicts = AlertRules.evaluate(Targets.both("100", "8"), null, input);
        Indicator withoutDirection = new Indicator("fiscal_revenue", "财政收入", "Fiscal revenue", "万元",
                Basis.CUMULATIVE, null, null, true);

        assertThat(AlertRules.evaluate(Targets.both("100", "8"), withoutDirection, input).values())
                .hasSize(5).allMatch(v -> v instanceof Verdict.Skip);

        assertThat(verdicts.values()).allMatch(v -> v instanceof Verdict.Skip);
    }

    @Test
    void nothingIsJudgedWithoutAReportedMonth() {
        Map<AlertRule, Verdict> verdicts = AlertRules.evaluate(Targets.both("100", "8"), REVENUE,
                RuleInput.NOTHING_REPORTED);

        assertThat(verdicts.values()).allMatch(v -> v instanceof Verdict.Skip);
    }
}
