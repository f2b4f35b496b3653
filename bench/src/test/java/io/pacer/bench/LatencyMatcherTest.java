package io.pacer.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class LatencyMatcherTest {

    private static final long MS = 1_000_000;

    @Test
    void theKthSubmissionsFigureIsTheFirstEventWhoseReportedReachesK() {
        LatencyMatcher m = new LatencyMatcher();
        m.acknowledged("t1", "2026-11", 1, 10 * MS, List.of("gdp"));
        m.acknowledged("t1", "2026-11", 2, 20 * MS, List.of("gdp"));
        m.acknowledged("t1", "2026-11", 3, 30 * MS, List.of("gdp"));
        m.event("t1", "gdp", "2026-11", 1, 15 * MS);
        // one event for two submissions (the aggregate applied them in one batch)
        m.event("t1", "gdp", "2026-11", 3, 70 * MS);
        // a later event with a lower count changes nothing
        m.event("t1", "gdp", "2026-11", 2, 80 * MS);

        LatencyMatcher.Outcome o = m.outcome(10_000 * MS);

        assertThat(o.latenciesMillis()).containsExactly(5.0, 50.0, 40.0);
        assertThat(o.missing()).isZero();
    }

    @Test
    void eventsOfOtherTownsIndicatorsOrPeriodsDoNotCount() {
        LatencyMatcher m = new LatencyMatcher();
        m.acknowledged("t1", "2026-11", 1, 0, List.of("gdp", "tax"));
        m.event("t2", "gdp", "2026-11", 5, MS);
        m.event("t1", "gdp", "2026-10", 5, MS);
        m.event("t1", "tax", "2026-11", 1, 7 * MS);

        LatencyMatcher.Outcome o = m.outcome(10_000 * MS);

        assertThat(o.latenciesMillis()).containsExactly(7.0);
        assertThat(o.missing()).isEqualTo(1);
        assertThat(m.matchedCount()).isEqualTo(1);
        assertThat(m.expectedCount()).isEqualTo(2);
    }

    @Test
    void anEventBeforeThe202IsANegativeLatencyButPositiveFromTheSend() {
        LatencyMatcher m = new LatencyMatcher();
        m.acknowledged("t1", "2026-11", 1, 0, 30 * MS, List.of("gdp"));
        m.event("t1", "gdp", "2026-11", 1, 20 * MS);

        LatencyMatcher.Outcome o = m.outcome(10_000 * MS);

        assertThat(o.latenciesMillis()).containsExactly(-10.0);
        assertThat(o.fromSendMillis()).containsExactly(20.0);
    }

    @Test
    void anEventLaterThanTheLimitCountsAsMissing() {
        LatencyMatcher m = new LatencyMatcher();
        m.acknowledged("t1", "2026-11", 1, 0, List.of("gdp"));
        m.event("t1", "gdp", "2026-11", 1, 11_000 * MS);

        assertThat(m.outcome(10_000 * MS).missing()).isEqualTo(1);
    }
}
