package io.pacer.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

    @Test
    void printsFourDigitYearsAndTwoDigitMonthsPadded() {
        assertThat(new Period(2026, 11).toString()).isEqualTo("2026-11");
        assertThat(new Period(1000, 1).toString()).isEqualTo("1000-01");
        assertThat(new Period(1999, 12).toString()).isEqualTo("1999-12");
    }

    @Test
    void parsesAndPrintsYearMonth() {
        Period period = Period.parse("2026-02");
        assertThat(period).isEqualTo(new Period(2026, 2));
        assertThat(period.toString()).isEqualTo("2026-02");
    }

    @ParameterizedTest
    @ValueSource(strings = { "2026-2", "2026-13", "2026-00", "26-02", "2026/02", "2026-02-01", "", " 2026-02", "2026-0a",
            "２０２６-02", "2026-1:" })
    void rejectsAnythingButYyyyMm(String text) {
        assertThat(Period.isValid(text)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> Period.parse(text));
    }

    @Test
    void previousAndNextCrossTheYear() {
        assertThat(Period.parse("2026-01").previous()).isEqualTo(Period.parse("2025-12"));
        assertThat(Period.parse("2025-12").next()).isEqualTo(Period.parse("2026-01"));
        assertThat(Period.parse("2026-03").priorYear()).isEqualTo(Period.parse("2025-03"));
    }

    @Test
    void ordersChronologically() {
        assertThat(Period.parse("2025-12")).isLessThan(Period.parse("2026-01"));
        assertThat(Period.parse("2026-10")).isGreaterThan(Period.parse("2026-09"));
    }
}
