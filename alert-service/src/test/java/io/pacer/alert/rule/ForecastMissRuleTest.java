package io.pacer.alert.rule;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.pacer.alert.target.Curve;
import io.pacer.alert.target.Target;
import io.pacer.alert.target.Targets;
import io.pacer.events.Basis;
import io.pacer.events.Better;

class ForecastMissRuleTest {

    private static Verdict judge(Target target, Basis basis, RuleInput input) {
        return ForecastMissRule.evaluate(target, Better.HIGHER, basis, input);
    }

    @ParameterizedTest(name = "LINEAR m={0} ytd={1} of {2}, gaps {3}/{4} -> {5}")
    @CsvSource({
            // month, ytd, annual, yellowGapPts, redGapPts, outcome
            "9,  8.1,      12,  10, 30, CLEAR",   // forecast 10.8: exactly 90 %, not below
            "9,  8.099999, 12,  10, 30, YELLOW",
            "9,  6.3,      12,  10, 30, YELLOW",  // forecast 8.4: exactly 70 %, not below
            "9,  6.299999, 12,  10, 30, RED",
            "9,  12,       12,  10, 30, CLEAR",   // ahead: 133 %
            "3,  0,        12,  10, 30, RED",     // March is the first month judged
            "2,  0,        12,  10, 30, CLEAR",   // too early: February is never judged
            "1,  0,        12,  10, 30, CLEAR",
            "12, 11,       12,  10, 30, CLEAR",   // December: 91.7 %
            "12, 10.7,     12,  10, 30, YELLOW",
            "6,  47,       100, 5,  15, YELLOW",  // the target's own gaps: 94 % < 95
            "6,  42,       100, 5,  15, RED",     // 84 % < 85
            "6,  42.5,     100, 5,  15, YELLOW",  // exactly 85 %
    })
    void judgesTheForecastAgainstTheTargetsGaps(int month, String ytd, String annual, String yellow, String red,
            String outcome) {
        Target target = Targets.annual(annual, Curve.LINEAR, yellow, red);

        Verdict verdict = judge(target, Basis.CUMULATIVE, Inputs.atMonth(month).ytd(ytd).build());

        assertThat(Outcomes.of(verdict)).isEqualTo(outcome);
    }

    @Test
    void followsLastYearsCurveWhenLastDecemberIsThere() {
        RuleInput input = Inputs.atMonth(6).ytd("30").seasonal(true, "30", "100").build();

        Verdict verdict = judge(Targets.annual("100"), Basis.CUMULATIVE, input);

        assertThat(Outcomes.of(verdict)).as("SEASONAL: 30 × 100 / 30 = 100 %, where LINEAR would say 60 %")
                .isEqualTo("CLEAR");
        assertThat(((Verdict.Clear) verdict).message()).contains("SEASONAL");
        assertThat(Outcomes.of(judge(Targets.annual("100"), Basis.CUMULATIVE,
                Inputs.atMonth(6).ytd("30").seasonal(false, "30", null).build()))).isEqualTo("RED");
    }

    @Test
    void aStockIsJudgedOnItsLevel() {
        Verdict verdict = judge(Targets.annual("100"), Basis.STOCK, Inputs.atMonth(6).ytd("85").build());

        assertThat(Outcomes.of(verdict)).as("85 % of the target; LINEAR would have said 170 %").isEqualTo("YELLOW");
        assertThat(((Verdict.Fire) verdict).message()).contains("LEVEL");
    }

    @Test
    void showsProgressAndTheForecastAttainmentUnrounded() {
        Verdict.Fire fire = (Verdict.Fire) judge(Targets.annual("12"), Basis.CUMULATIVE,
                Inputs.atMonth(9).ytd("7").build());

        assertThat(fire.severity().name()).isEqualTo("YELLOW");
        assertThat(fire.values().progressPct()).isEqualByComparingTo("58.33333333333333");
        assertThat(fire.values().expectedPct()).isEqualByComparingTo("77.77777777777778");
        assertThat(fire.period()).hasToString("2026-09");
        assertThat(fire.message()).contains("9.333333333333333", "LINEAR", "77.8%", "2026-09");
    }

    @Test
    void doesNotApplyWhereLowerIsBetterOrWithoutAnAnnualTarget() {
        RuleInput input = Inputs.atMonth(6).ytd("0").build();

        assertThat(Outcomes.of(ForecastMissRule.evaluate(Targets.annual("100"), Better.LOWER, Basis.CUMULATIVE,
                input))).isEqualTo("INAPPLICABLE");
        assertThat(Outcomes.of(judge(Targets.growth("8"), Basis.CUMULATIVE, input))).isEqualTo("INAPPLICABLE");
    }

    @Test
    void isNotEvaluatedWithoutAYearToDate() {
        assertThat(Outcomes.of(judge(Targets.annual("100"), Basis.CUMULATIVE, Inputs.atMonth(6).ytd(null).build())))
                .isEqualTo("SKIP");
        assertThat(Outcomes.of(judge(Targets.annual("100"), Basis.CUMULATIVE, RuleInput.NOTHING_REPORTED)))
                .isEqualTo("SKIP");
    }
}
