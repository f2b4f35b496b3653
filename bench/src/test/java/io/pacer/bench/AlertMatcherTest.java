package io.pacer.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AlertMatcherTest {

    private static final long MS = 1_000_000;

    @Test
    void eachTransitionGoesToTheEarliestUnmatchedSubmissionOfItsTownIndicatorAndPeriod() {
        AlertMatcher m = new AlertMatcher("GROWTH_LAG");
        m.acknowledged("t1", "gdp", "2026-12", -13.0, 0, 10 * MS, true);
        m.acknowledged("t1", "gdp", "2026-12", -13.0, 100 * MS, 110 * MS, true);
        m.acknowledged("t1", "tax", "2026-12", -13.0, 50 * MS, 60 * MS, true);
        m.transition("GROWTH_LAG", "t1", "gdp", "2026-12", -13.0, 40 * MS);
        m.transition("GROWTH_LAG", "t1", "tax", "2026-12", -13.0, 90 * MS);
        m.transition("GROWTH_LAG", "t1", "gdp", "2026-12", -13.0, 150 * MS);

        AlertMatcher.Outcome o = m.outcome(10_000 * MS);

        assertThat(o.expected()).isEqualTo(3);
        assertThat(o.matched()).isEqualTo(3);
        assertThat(o.latenciesMillis()).containsExactlyInAnyOrder(30.0, 40.0, 30.0);
        assertThat(o.fromSendMillis()).containsExactlyInAnyOrder(40.0, 50.0, 40.0);
        assertThat(o.unexplained()).isZero();
    }

    @Test
    void aTransitionThatArrivedBeforeTheSubmissionWasSentIsNotItsOwn() {
        AlertMatcher m = new AlertMatcher("GROWTH_LAG");
        // left over from before the phase
        m.transition("GROWTH_LAG", "t1", "gdp", "2026-12", -13.0, 5 * MS);
        m.acknowledged("t1", "gdp", "2026-12", -13.0, 10 * MS, 20 * MS, true);
        m.transition("GROWTH_LAG", "t1", "gdp", "2026-12", -13.0, 25 * MS);

        AlertMatcher.Outcome o = m.outcome(10_000 * MS);

        assertThat(o.matched()).isEqualTo(1);
        assertThat(o.latenciesMillis()).containsExactly(5.0);
        assertThat(o.unexplained()).isEqualTo(1);
    }

    @Test
    void aTransitionMayOvertakeTheTwoHundredAndTwoButNotTheSend() {
        AlertMatcher m = new AlertMatcher("GROWTH_LAG");
        m.acknowledged("t1", "gdp", "2026-12", -13.0, 10 * MS, 50 * MS, true);
        m.transition("GROWTH_LAG", "t1", "gdp", "2026-12", -13.0, 40 * MS);

        assertThat(m.outcome(10_000 * MS).latenciesMillis()).containsExactly(-10.0);
    }

    @Test
    void otherRulesTownsAndPeriodsAreNotMatchedAndWarmUpSubmissionsAreNotMeasured() {
        AlertMatcher m = new AlertMatcher("GROWTH_LAG");
        m.acknowledged("t1", "gdp", "2026-12", -13.0, 0, MS, false);
        m.acknowledged("t1", "gdp", "2026-12", -13.0, 10 * MS, 11 * MS, true);
        m.transition("RANK_BOTTOM", "t1", "gdp", "2026-12", -13.0, 2 * MS);
        m.transition("GROWTH_LAG", "t2", "gdp", "2026-12", -13.0, 2 * MS);
        m.transition("GROWTH_LAG", "t1", "gdp", "2026-11", -13.0, 2 * MS);
        // the warm-up submission's own transition: taken by it, so not by the measured one
        m.transition("GROWTH_LAG", "t1", "gdp", "2026-12", -13.0, 3 * MS);

        AlertMatcher.Outcome o = m.outcome(10_000 * MS);

        assertThat(o.expected()).isEqualTo(1);
        assertThat(o.matched()).isZero();
        assertThat(o.otherRules()).isEqualTo(1);
        assertThat(o.unexplained()).isEqualTo(2);
        assertThat(m.expectedCount()).isEqualTo(1);
        assertThat(m.matchedCount()).isZero();
    }

    @Test
    void lateTransitionsStillCountButAreToldApart() {
        AlertMatcher m = new AlertMatcher("GROWTH_LAG");
        m.acknowledged("t1", "gdp", "2026-12", -13.0, 0, 0, true);
        m.acknowledged("t2", "gdp", "2026-12", -13.0, 0, 0, true);
        m.transition("GROWTH_LAG", "t1", "gdp", "2026-12", -13.0, 5 * MS);
        m.transition("GROWTH_LAG", "t2", "gdp", "2026-12", -13.0, 20_000 * MS);

        AlertMatcher.Outcome o = m.outcome(10_000 * MS);

        assertThat(o.matched()).isEqualTo(2);
        assertThat(o.late()).isEqualTo(1);
    }

    @Test
    void aTransitionReportingAnotherGrowthIsNotTheSubmissionsWhichWaitsForItsOwn() {
        AlertMatcher m = new AlertMatcher("GROWTH_LAG");
        m.acknowledged("t1", "gdp", "2026-12", -13.0, 0, 10 * MS, true);
        // the priming's transition (+27 %), or one of (c)'s, still on its way when the phase's first flip was sent
        m.transition("GROWTH_LAG", "t1", "gdp", "2026-12", 27.0, 20 * MS);
        m.transition("GROWTH_LAG", "t1", "gdp", "2026-12", null, 25 * MS);
        // the town's other units move its growth a little
        m.transition("GROWTH_LAG", "t1", "gdp", "2026-12", -12.99, 30 * MS);

        AlertMatcher.Outcome o = m.outcome(10_000 * MS);

        assertThat(o.matched()).isEqualTo(1);
        assertThat(o.latenciesMillis()).containsExactly(20.0);
        assertThat(o.unexplained()).isEqualTo(2);
    }
}
