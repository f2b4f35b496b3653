package io.pacer.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class ReportingDeadlineTest {

    private final ReportingDeadline fifteenth = new ReportingDeadline(15);

    @Test
    void aMonthIsDueByTheEndOfTheFifteenthOfTheNextMonthInShanghai() {
        // 2026-11-16 00:00 in Shanghai is 2026-11-15T16:00Z
        assertThat(fifteenth.of(Period.parse("2026-10"))).isEqualTo(Instant.parse("2026-11-15T16:00:00Z"));
    }

    @Test
    void lateIsTrueFromTheFirstInstantAfterTheDeadlineDay() {
        Period october = Period.parse("2026-10");
        assertThat(fifteenth.isLate(october, Instant.parse("2026-11-15T15:59:59Z"))).isFalse();
        assertThat(fifteenth.isLate(october, Instant.parse("2026-11-15T16:00:00Z"))).isTrue();
    }

    @Test
    void decemberIsDueInJanuaryOfTheNextYear() {
        assertThat(fifteenth.of(Period.parse("2026-12"))).isEqualTo(Instant.parse("2027-01-15T16:00:00Z"));
    }

    @Test
    void lastDueIsThePreviousMonthOnceItsDeadlinePassed() {
        assertThat(fifteenth.lastDue(Instant.parse("2026-12-15T15:00:00Z"))).isEqualTo(Period.parse("2026-10"));
        assertThat(fifteenth.lastDue(Instant.parse("2026-12-15T16:00:00Z"))).isEqualTo(Period.parse("2026-11"));
    }

    @Test
    void aDayOutsideOneToTwentyEightIsRefused() {
        assertThatThrownBy(() -> new ReportingDeadline(29)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReportingDeadline(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
