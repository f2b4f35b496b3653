package io.pacer.alert.rule;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.pacer.alert.target.Targets;
import io.pacer.events.Better;

class GrowthLagRuleTest {

    @ParameterizedTest(name = "{0}: growth {2}% against {1}% -> {3}")
    @CsvSource({
            // better, growthTargetPct, growthPct, outcome
            "HIGHER, 10,  10,    CLEAR",
            "HIGHER, 10,  12,    CLEAR",
            "HIGHER, 10,  9.99,  YELLOW",
            "HIGHER, 10,  5.01,  YELLOW",   // 4.99 points short
            "HIGHER, 10,  5,     RED",      // exactly 5 points short
            "HIGHER, 10,  -20,   RED",
            "HIGHER, 3,   -0.5,  RED",      // negative growth against a positive target, only 3.5 short
            "HIGHER, 3,   0,     YELLOW",   // zero growth is not negative
            "HIGHER, 0,   -1,    YELLOW",   // a zero target is not positive
            "HIGHER, -5,  -6,    YELLOW",   // a planned decline, slightly missed
            "HIGHER, -5,  -10,   RED",
            "HIGHER, 8,   59.2,  CLEAR",    // the zone's fiscal revenue
            "LOWER,  -3,  -3,    CLEAR",
            "LOWER,  -3,  -4,    CLEAR",
            "LOWER,  -3,  -2,    YELLOW",
            "LOWER,  -3,  0,     YELLOW",   // zero growth is not positive
            "LOWER,  -3,  0.5,   RED",      // energy use rising under a reduction target, only 3.5 over
            "LOWER,  -3,  1.99,  RED",
            "LOWER,  -3,  2,     RED",      // exactly 5 points over
            "LOWER,  2,   3,     YELLOW",   // positive growth against a positive allowance is not the wrong way
            "LOWER,  2,   6.99,  YELLOW",
            "LOWER,  2,   7,     RED",
            "LOWER,  2,   -10,   CLEAR",
    })
    void growthShortfallAgainstTheTarget(Better better, String target, double growth, String outcome) {
        Verdict verdict = GrowthLagRule.evaluate(Targets.growth(target), better,
                Inputs.atMonth(2).growth(growth).build());

        assertThat(Outcomes.of(verdict)).isEqualTo(outcome);
    }

    @Test
    void isNotEvaluatedWithoutComparableUnits() {
        Verdict verdict = GrowthLagRule.evaluate(Targets.growth("8"), Better.HIGHER,
                Inputs.atMonth(2).growth(null).build());

        assertThat(Outcomes.of(verdict)).isEqualTo("SKIP");
    }

    @Test
    void doesNotApplyWithoutAGrowthTarget() {
        Verdict verdict = GrowthLagRule.evaluate(Targets.annual("12"), Better.HIGHER,
                Inputs.atMonth(2).growth(-50.0).build());

        assertThat(Outcomes.of(verdict)).isEqualTo("INAPPLICABLE");
    }

    @Test
    void carriesGrowthAndTargetAsTheyPrint() {
        Verdict.Fire fire = (Verdict.Fire) GrowthLagRule.evaluate(Targets.growth("60"), Better.HIGHER,
                Inputs.atMonth(2).growth(59.2).build());

        assertThat(fire.values().growthPct()).isEqualByComparingTo("59.2");
        assertThat(fire.values().growthTargetPct()).isEqualByComparingTo("60");
        assertThat(fire.message()).isEqualTo("growth 59.2% against a target of 60.0% at 2026-02");
    }
}
