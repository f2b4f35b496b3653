package io.pacer.alert.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.pacer.events.Basis;
import io.pacer.events.Period;

class YearEndForecastTest {

    private static Forecast forecast(Basis basis, int month, String ytd, String lastYearAtMonth,
            String lastYearDecember, String annual) {
        return YearEndForecast.of(basis, new Period(2026, month), decimal(ytd), decimal(lastYearAtMonth),
                decimal(lastYearDecember), decimal(annual));
    }

    private static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
    }

    @ParameterizedTest(name = "{0} m={1} ytd={2} P_m={3} P_12={4} -> {5} {6}")
    @CsvSource(nullValues = "null", value = {
            // basis, m, ytd, ytd(Y-1,m), ytd(Y-1,12), forecast, method
            "CUMULATIVE, 6,  60,  40,   100,  150,  SEASONAL",  // last year did 40% of its year by June
            "MONTHLY,    6,  60,  40,   100,  150,  SEASONAL",  // the year-to-date of a flow: the same rule
            "CUMULATIVE, 6,  60,  0,    100,  120,  LINEAR",    // P_m = 0: no curve to scale by
            "CUMULATIVE, 6,  60,  -5,   100,  120,  LINEAR",    // P_m < 0 likewise
            "CUMULATIVE, 6,  60,  null, 100,  120,  LINEAR",    // no figure last June
            "CUMULATIVE, 6,  60,  40,   null, 120,  LINEAR",    // last December not in the book
            "CUMULATIVE, 6,  60,  40,   0,    0,    SEASONAL",  // last year ended at 0 from a positive June
            "CUMULATIVE, 12, 97,  90,   90,   97,   SEASONAL",  // December: the year-to-date itself
            "CUMULATIVE, 12, 97,  null, null, 97,   LINEAR",
            "CUMULATIVE, 1,  5,   null, null, 60,   LINEAR",
            "CUMULATIVE, 9,  7,   null, null, 9.333333333333333, LINEAR", // unrounded to 16 digits
            "CUMULATIVE, 4,  -30, null, null, -90,  LINEAR",    // a negative figure forecasts a negative year
            "CUMULATIVE, 4,  0,   10,   50,   0,    SEASONAL",
            "STOCK,      6,  850, 400,  1000, 850,  LEVEL",     // a level is not extrapolated
            "STOCK,      2,  -3,  null, null, -3,   LEVEL",
    })
    void forecastsByTheIndicatorsBasisAndLastYearsCurve(Basis basis, int month, String ytd, String atMonth,
            String december, String expected, ForecastMethod method) {
        Forecast f = forecast(basis, month, ytd, atMonth, december, null);

        assertThat(f.forecast()).isEqualByComparingTo(expected);
        assertThat(f.method()).isEqualTo(method);
        assertThat(f.month()).isEqualTo(new Period(2026, month));
    }

    @Test
    void attainmentIsTheForecastOverTheAnnualTargetUnrounded() {
        Forecast f = forecast(Basis.CUMULATIVE, 9, "7", null, null, "12");

        assertThat(f.annualTarget()).isEqualByComparingTo("12");
        assertThat(f.attainmentPct()).isEqualByComparingTo("77.77777777777778");
        assertThat(forecast(Basis.CUMULATIVE, 6, "60", "40", "100", "120").attainmentPct())
                .isEqualByComparingTo("125");
    }

    @Test
    void withoutATargetThereIsNoAttainment() {
        Forecast f = forecast(Basis.CUMULATIVE, 6, "60", null, null, null);

        assertThat(f.annualTarget()).isNull();
        assertThat(f.attainmentPct()).isNull();
        assertThat(f.attainmentBelow(BigDecimal.valueOf(90))).isFalse();
    }

    @Test
    void attainmentThresholdsCompareExactly() {
        // LINEAR at September against 12: 8.1 forecasts 10.8, exactly 90 %
        assertThat(forecast(Basis.CUMULATIVE, 9, "8.1", null, null, "12").attainmentBelow(BigDecimal.valueOf(90)))
                .isFalse();
        assertThat(forecast(Basis.CUMULATIVE, 9, "8.099999", null, null, "12")
                .attainmentBelow(BigDecimal.valueOf(90))).isTrue();
    }

    @Test
    void decimalsCarryNoTrailingZeros() {
        Forecast f = forecast(Basis.CUMULATIVE, 6, "60.000", "40.0", "100.00", "120.0");

        assertThat(f.forecast()).hasToString("1.5E+2");
        assertThat(f.ytd()).hasToString("6E+1");
        assertThat(forecast(Basis.CUMULATIVE, 6, "0.00", null, null, "10").attainmentPct()).isSameAs(BigDecimal.ZERO);
    }

    @Test
    void nothingIsForecastWithoutAYearToDate() {
        assertThat(forecast(Basis.CUMULATIVE, 6, null, "40", "100", "120")).isNull();
    }
}
