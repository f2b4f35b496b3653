package io.pacer.alert.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.pacer.alert.target.Targets;
import io.pacer.events.AlertRule;
import io.pacer.events.Better;

class AlertRulesTest {

    @Test
    void everyTargetBoundRuleGivesAVerdict() {
        RuleInput input = Inputs.atMonth(6).ytd("40").growth(2.0).standing(5, 5, 5).rankChange(-3).build();

        Map<AlertRule, Verdict> verdicts = AlertRules.evaluate(Targets.both("100", "8"), Better.HIGHER, input);

        assertThat(verdicts).containsOnlyKeys(AlertRule.PROGRESS_LAG, AlertRule.GROWTH_LAG, AlertRule.RANK_BOTTOM,
                AlertRule.RANK_DROP);
        assertThat(Outcomes.of(verdicts.get(AlertRule.PROGRESS_LAG))).isEqualTo("YELLOW");
        assertThat(Outcomes.of(verdicts.get(AlertRule.GROWTH_LAG))).isEqualTo("RED");
        assertThat(Outcomes.of(verdicts.get(AlertRule.RANK_BOTTOM))).isEqualTo("YELLOW");
        assertThat(Outcomes.of(verdicts.get(AlertRule.RANK_DROP))).isEqualTo("YELLOW");
    }

    @Test
    void nothingIsJudgedBeforeTheIndicatorIsKnown() {
        RuleInput input = Inputs.atMonth(6).ytd("0").growth(-50.0).standing(5, 5, 5).rankChange(-3).build();

        Map<AlertRule, Verdict> verdicts = AlertRules.evaluate(Targets.both("100", "8"), null, input);

        assertThat(verdicts.values()).allMatch(v -> v instanceof Verdict.Skip);
    }

    @Test
    void nothingIsJudgedWithoutAReportedMonth() {
        Map<AlertRule, Verdict> verdicts = AlertRules.evaluate(Targets.both("100", "8"), Better.HIGHER,
                RuleInput.NOTHING_REPORTED);

        assertThat(verdicts.values()).allMatch(v -> v instanceof Verdict.Skip);
    }
}
