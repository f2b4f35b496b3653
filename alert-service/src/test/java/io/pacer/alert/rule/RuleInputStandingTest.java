package io.pacer.alert.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import io.pacer.events.FigureEvent;
import io.pacer.events.Period;
import io.pacer.events.Ranks;

/** RANK_BOTTOM reads the standing the region's own event carries, never a half-updated set of siblings. */
class RuleInputStandingTest {

    private static final String I = "fiscal_revenue";

    private static FigurePoint event(String region, String period, Integer rank, Integer ranked, Integer last) {
        return FigurePoint.of(new FigureEvent(region, "d1", I, period, BigDecimal.TEN, BigDecimal.ONE, 5.0, null, 1,
                1, new Ranks(null, rank, null), Ranks.NONE, new Ranks(null, ranked, null), new Ranks(null, last, null)));
    }

    private static FigurePoint olderEvent(String region, String period, Integer rank) {
        return new FigurePoint(region, "d1", Period.parse(period), BigDecimal.TEN, 5.0, 1, rank, null);
    }

    @Test
    void theStandingOfTheRegionsOwnEventWinsOverItsSiblingsStaleRanks() {
        // ta was re-ranked last of three; tb's event from before the re-ranking still says rank 3 (not yet arrived)
        InMemoryFigures figures = new InMemoryFigures()
                .put(I, event("ta", "2026-05", 3, 3, 3))
                .put(I, olderEvent("tb", "2026-05", 3))
                .put(I, olderEvent("tc", "2026-05", 1));

        GrowthStanding standing = RuleInput.assemble("ta", I, 2026, figures).standing();

        assertThat(standing).isEqualTo(new GrowthStanding(3, 3, 3));
        assertThat(standing.last()).isTrue();
    }

    @Test
    void anEventWithoutTheStandingFallsBackToItsSiblings() {
        InMemoryFigures figures = new InMemoryFigures()
                .put(I, olderEvent("ta", "2026-05", 3))
                .put(I, olderEvent("tb", "2026-05", 2))
                .put(I, olderEvent("tc", "2026-05", 1));

        GrowthStanding standing = RuleInput.assemble("ta", I, 2026, figures).standing();

        assertThat(standing.rankedSiblings()).isEqualTo(3);
        assertThat(standing.last()).isTrue();
    }

    @Test
    void aRegionRankedAmongFewerThanThreeIsNotLast() {
        InMemoryFigures figures = new InMemoryFigures().put(I, event("ta", "2026-05", 2, 2, 2));

        assertThat(RuleInput.assemble("ta", I, 2026, figures).standing().last()).isFalse();
    }
}
