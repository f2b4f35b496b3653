package io.pacer.alert.rule;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.pacer.alert.target.Curve;
import io.pacer.alert.target.Target;
import io.pacer.alert.target.Targets;
import io.pacer.events.Better;

class ProgressLagRuleTest {

    @ParameterizedTest(name = "LINEAR m={0} ytd={1} of {2}, gaps {3}/{4} -> {5}")
    @CsvSource({
            // month, ytd, annual, yellowGapPts, redGapPts, outcome
            "6,  60,     100, 10, 30, CLEAR",     // on schedule
            "6,  75,     100, 10, 30, CLEAR",     // ahead
            "6,  50.01,  100, 10, 30, CLEAR",     // 9.99 points behind
            "6,  40,     100, 10, 30, YELLOW",    // exactly yellowGapPts behind
            "6,  20.01,  100, 10, 30, YELLOW",    // 29.99 points behind
            "6,  20,     100, 10, 30, RED",       // exactly redGapPts behind
            "6,  0,      100, 10, 30, RED",
            "12, 100,    100, 10, 30, CLEAR",
            "12, 89.999, 100, 10, 30, YELLOW",
            "1,  0,      100, 10, 30, CLEAR",     // January is only 8.33 points in: never yellow at default gaps
            "2,  7,      20,  10, 30, CLEAR",     // the zone's projects started: 35% done against 16.7% expected
            "9,  7,      12,  10, 30, YELLOW",    // projects completed: 58.3% against 75% expected
            "9,  5,      12,  10, 30, RED",       // 41.7% against 75%: 33.3 points behind
            "1,  0.1,    3,   5,  6,  YELLOW",    // 8.333…% − 3.333…% is exactly 5, though neither terminates
            "1,  0.1,    3,   5.0000001, 6, CLEAR",
            "3,  10,     100, 5,  15, RED",       // custom gaps: 25 − 10 = 15
            "3,  10.01,  100, 5,  15, YELLOW",
    })
    void linearScheduleIsTheElapsedShareOfTheYear(int month, String ytd, String annual, String yellow, String red,
            String outcome) {
        Target target = Targets.annual(annual, Curve.LINEAR, yellow, red);

        Verdict verdict = ProgressLagRule.evaluate(target, Better.HIGHER, Inputs.atMonth(month).ytd(ytd).build());

        assertThat(Outcomes.of(verdict)).isEqualTo(outcome);
    }

    @ParameterizedTest(name = "SEASONAL m=6 ytd={0}, Dec reported={1}, ytd(Y-1,6)={2}, ytd(Y-1,12)={3} -> {4}")
    @CsvSource(nullValues = "null", value = {
            // ytd of 100, December Y−1 reported, ytd(R,Y−1,m), ytd(R,Y−1,12), outcome
            "20, true,  30,   100, YELLOW",  // last year was 30% done by June: 10 points behind, not LINEAR's 30
            "21, true,  30,   100, CLEAR",
            "0,  true,  30,   100, RED",
            "0,  true,  null, 100, CLEAR",   // no figure by June last year counts as 0: nothing expected yet
            "0,  true,  0,    100, CLEAR",
            "40, false, 30,   100, YELLOW",  // nobody reported December Y−1: LINEAR, 50 − 40
            "41, false, 30,   100, CLEAR",
            "40, true,  30,   0,   YELLOW",  // last year's total is 0: LINEAR
            "40, false, null, null, YELLOW", // no last year at all: LINEAR
            "60, true,  80,   100, YELLOW",  // a front-loaded year expects more than LINEAR
            "50, true,  80,   100, RED",
    })
    void seasonalScheduleFollowsLastYearsOwnCurve(String ytd, boolean decemberReported, String ytdAtMonth,
            String ytdDecember, String outcome) {
        Target target = Targets.annual("100", Curve.SEASONAL, "10", "30");
        RuleInput input = Inputs.atMonth(6).ytd(ytd).seasonal(decemberReported, ytdAtMonth, ytdDecember).build();

        assertThat(Outcomes.of(ProgressLagRule.evaluate(target, Better.HIGHER, input))).isEqualTo(outcome);
    }

    @Test
    void servesProgressAndExpectedPercentagesUnrounded() {
        Verdict verdict = ProgressLagRule.evaluate(Targets.annual("12"), Better.HIGHER,
                Inputs.atMonth(9).ytd("5").build());

        Verdict.Fire fire = (Verdict.Fire) verdict;
        assertThat(fire.values().progressPct()).isEqualByComparingTo("41.66666666666667");
        assertThat(fire.values().expectedPct()).isEqualByComparingTo("75");
        assertThat(fire.period()).hasToString("2026-09");
        assertThat(fire.message()).contains("41.7%", "75.0%", "LINEAR", "2026-09");
    }

    @Test
    void seasonalExpectationIsLastYearsShareAtTheSameMonth() {
        RuleInput input = Inputs.atMonth(6).ytd("10").seasonal(true, "30", "120").build();

        Verdict.Fire fire = (Verdict.Fire) ProgressLagRule.evaluate(Targets.annual("100", Curve.SEASONAL, "10", "30"),
                Better.HIGHER, input);

        assertThat(fire.values().expectedPct()).isEqualByComparingTo("25");
        assertThat(fire.message()).contains("SEASONAL");
    }

    @Test
    void doesNotApplyWhereLowerIsBetter() {
        Verdict verdict = ProgressLagRule.evaluate(Targets.annual("100"), Better.LOWER,
                Inputs.atMonth(6).ytd("0").build());

        assertThat(Outcomes.of(verdict)).isEqualTo("INAPPLICABLE");
    }

    @Test
    void doesNotApplyWithoutAnAnnualTarget() {
        Verdict verdict = ProgressLagRule.evaluate(Targets.growth("8"), Better.HIGHER,
                Inputs.atMonth(6).ytd("0").build());

        assertThat(Outcomes.of(verdict)).isEqualTo("INAPPLICABLE");
    }

    @Test
    void isNotEvaluatedWithoutAYearToDate() {
        assertThat(Outcomes.of(ProgressLagRule.evaluate(Targets.annual("100"), Better.HIGHER,
                Inputs.atMonth(6).ytd(null).build()))).isEqualTo("SKIP");
        assertThat(Outcomes.of(ProgressLagRule.evaluate(Targets.annual("100"), Better.HIGHER,
                RuleInput.NOTHING_REPORTED))).isEqualTo("SKIP");
    }
}
