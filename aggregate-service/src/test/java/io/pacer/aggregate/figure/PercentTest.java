package io.pacer.aggregate.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PercentTest {

    @ParameterizedTest(name = "{0} over {1}")
    @CsvSource(nullValues = "_", value = {"_, 10", "10, _", "10, 0", "0, 0", "_, _"})
    void shareIsNullWhenEitherSideIsNullOrTheDenominatorIsZero(BigDecimal numerator, BigDecimal denominator) {
        assertThat(Percent.of(numerator, denominator)).isNull();
    }

    @ParameterizedTest(name = "{0} against {1}")
    @CsvSource(nullValues = "_", value = {"10, _", "10, 0", "_, 10"})
    void growthIsNullWithoutANonZeroPrior(BigDecimal now, BigDecimal prior) {
        assertThat(Percent.growth(now, prior)).isNull();
    }

    @Test
    void theZonesFiscalRevenueGrowsByFiftyNinePointTwoPercentUnrounded() {
        Double growth = Percent.growth(new BigDecimal("24600"), new BigDecimal("15452"));
        assertThat(growth).isCloseTo(59.2027, within(1e-4));
        // served unrounded
        assertThat(growth).isEqualTo((24600.0 - 15452.0) / 15452.0 * 100, within(1e-12));
        assertThat(growth.toString()).hasSizeGreaterThan(8);
    }

    @Test
    void sharesAndGrowthsThatAreEqualRatiosAreEqualDoubles() {
        assertThat(Percent.of(new BigDecimal("1"), new BigDecimal("3")))
                .isEqualTo(Percent.of(new BigDecimal("2.00"), new BigDecimal("6")));
        assertThat(Percent.growth(new BigDecimal("-5"), new BigDecimal("10"))).isEqualTo(-150.0);
    }
}
