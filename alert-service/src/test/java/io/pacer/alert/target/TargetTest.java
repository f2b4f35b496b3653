package io.pacer.alert.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetTest {

    @Test
    void defaultsAreLinearWithTenAndThirtyPointGaps() {
        Target target = Target.of(2026, "gxq", "land_developed", new BigDecimal("2000"), null, null, null, null);

        assertThat(target.curve()).isEqualTo(Curve.LINEAR);
        assertThat(target.yellowGapPts()).isEqualByComparingTo("10");
        assertThat(target.redGapPts()).isEqualByComparingTo("30");
        assertThat(target.violations()).isEmpty();
    }

    @ParameterizedTest(name = "annual={0} growth={1} yellow={2} red={3} -> {4}")
    @CsvSource(nullValues = "null", value = {
            // annualTarget, growthTargetPct, yellow, red, offending field (null: valid)
            "20,     null,   10,  30, null",
            "null,   8,      10,  30, null",
            "20,     8,      10,  30, null",
            "0.0001, null,   10,  30, null",
            "0,      null,   10,  30, annualTarget",
            "-5,     null,   10,  30, annualTarget",
            "null,   null,   10,  30, annualTarget",
            "null,   1000,   10,  30, null",
            "null,   -1000,  10,  30, null",
            "null,   1000.01, 10, 30, growthTargetPct",
            "null,   -1001,  10,  30, growthTargetPct",
            "20,     null,   0,   30, yellowGapPts",
            "20,     null,   -1,  30, yellowGapPts",
            "20,     null,   30,  30, redGapPts",
            "20,     null,   31,  30, redGapPts",
            "20,     null,   0.5, 0.6, null",
            "20,     null,   10,  0,  redGapPts",
    })
    void validatesTheTargetFields(String annual, String growth, String yellow, String red, String offending) {
        Target target = Target.of(2026, "gxq", "fiscal_revenue", decimal(annual), decimal(growth), Curve.LINEAR,
                decimal(yellow), decimal(red));

        if (offending == null) {
            assertThat(target.violations()).isEmpty();
        } else {
            assertThat(target.violations()).extracting(Violation::field).containsExactly(offending);
        }
    }

    @Test
    void namesEveryOffendingField() {
        Target target = new Target(26, " ", null, null, null, null, new BigDecimal("0"), new BigDecimal("-1"));

        assertThat(target.violations()).extracting(Violation::field).containsExactlyInAnyOrder("year", "regionId",
                "indicator", "annualTarget", "yellowGapPts", "redGapPts", "curve");
    }

    private static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
    }
}
