package io.pacer.aggregate.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.SplittableRandom;

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

    @Test
    void theFastPathGivesExactlyTheDoubleOfTheDecimalDefinition() {
        SplittableRandom random = new SplittableRandom(20261126);
        int fast = 0;
        for (int i = 0; i < 300_000; i++) {
            BigDecimal n = decimal(random);
            BigDecimal d = decimal(random);
            if (d.signum() == 0) {
                continue;
            }
            double quick = Percent.fast(n, d);
            if (!Double.isNaN(quick)) {
                fast++;
                assertThat(Double.doubleToRawLongBits(quick)).as("%s / %s", n, d)
                        .isEqualTo(Double.doubleToRawLongBits(Percent.exact(n, d)));
            }
            assertThat(Percent.of(n, d)).isEqualTo(Percent.exact(n, d));
        }
        assertThat(fast).as("pairs the fast path served").isGreaterThan(100_000);
    }

    @Test
    void powersOfTwoAndTheLargestExactSidesGiveTheDecimalDefinitionsDouble() {
        SplittableRandom random = new SplittableRandom(7);
        for (int k = 0; k <= 53; k++) {
            BigDecimal d = new BigDecimal(BigInteger.ONE.shiftLeft(k));
            for (int i = 0; i < 2_000; i++) {
                BigDecimal n = BigDecimal.valueOf(random.nextLong(1L << 53) - (1L << 52), random.nextInt(3));
                assertThat(Percent.of(n, d)).as("%s / %s", n, d).isEqualTo(Percent.exact(n, d));
                assertThat(Percent.of(d, n.signum() == 0 ? BigDecimal.ONE : n)).isEqualTo(
                        Percent.exact(d, n.signum() == 0 ? BigDecimal.ONE : n));
            }
        }
    }

    @Test
    void aZeroNumeratorIsAPlainZeroEvenOverANegativeDenominator() {
        assertThat(Percent.of(new BigDecimal("0.00"), new BigDecimal("-3"))).isEqualTo(0.0)
                .isEqualTo(Percent.exact(new BigDecimal("0.00"), new BigDecimal("-3")));
        assertThat(Double.doubleToRawLongBits(Percent.of(BigDecimal.ZERO, new BigDecimal("-3"))))
                .isEqualTo(Double.doubleToRawLongBits(0.0));
    }

    @Test
    void sidesTooWideForExactDoublesTakeTheDecimalPath() {
        BigDecimal wide = new BigDecimal("12345678901234567.89");
        assertThat(Percent.fast(wide, new BigDecimal("3"))).isNaN();
        assertThat(Percent.of(wide, new BigDecimal("3"))).isEqualTo(Percent.exact(wide, new BigDecimal("3")));
        assertThat(Percent.fast(new BigDecimal("1"), new BigDecimal("0.0000000000000001"))).isNaN();
    }

    /** Figures as the ledger has them: up to 16 digits, up to 6 decimals, either sign, many of them round. */
    private static BigDecimal decimal(SplittableRandom random) {
        int digits = 1 + random.nextInt(16);
        long unscaled = random.nextLong(POWERS[digits]);
        if (random.nextInt(4) == 0) {
            unscaled -= unscaled % 1000;
        }
        if (random.nextInt(5) == 0) {
            unscaled = -unscaled;
        }
        return BigDecimal.valueOf(unscaled, random.nextInt(7) - (random.nextInt(10) == 0 ? 3 : 0));
    }

    private static final long[] POWERS = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L,
            100_000_000L, 1_000_000_000L, 10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L,
            10_000_000_000_000L, 100_000_000_000_000L, 1_000_000_000_000_000L, 10_000_000_000_000_000L};
}
