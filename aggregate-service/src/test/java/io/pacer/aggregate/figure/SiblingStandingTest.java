package io.pacer.aggregate.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import io.pacer.events.Better;
import io.pacer.events.Ranks;

/** Every figure of a ranking says how many siblings were ranked and the lowest rank given, per metric. */
class SiblingStandingTest {

    /** A child with ytd and prior at March only (growth = ytd / prior − 1); none at all when ytd is null. */
    private static Totals[] child(String ytd, String prior) {
        Totals[] year = Totals.emptyYear();
        if (ytd != null) {
            year[2] = new Totals(new BigDecimal(ytd), 1, prior == null ? BigDecimal.ZERO : new BigDecimal(ytd),
                    prior == null ? BigDecimal.ZERO : new BigDecimal(prior), prior == null ? 0 : 1, 1, 1, 0);
        }
        return year;
    }

    @Test
    void rankedCountsTheSiblingsWithARankAndLastRankIsTheLowestGivenTiesIncluded() {
        TreeMap<String, Totals[]> children = new TreeMap<>();
        children.put("a", child("150", "100")); // growth 50 %
        children.put("b", child("110", "100")); // 10 %
        children.put("c", child("110", "100")); // 10 %: tied last with b
        children.put("d", child("80", null)); // no growth: unranked by growth
        children.put("e", child(null, null)); // no figure at all

        List<RegionFigure> march = SiblingYear.compute("p", "i", Better.HIGHER, 2026, children, null, 3).stream()
                .filter(f -> f.period().month() == 3).toList();

        assertThat(march).hasSize(5).allSatisfy(f -> {
            assertThat(f.ranked()).isEqualTo(new Ranks(4, 3, 4));
            assertThat(f.lastRank()).isEqualTo(new Ranks(4, 2, 4));
        });
        assertThat(march).filteredOn(f -> f.regionId().equals("c")).singleElement()
                .satisfies(f -> assertThat(f.rank().growth()).isEqualTo(f.lastRank().growth()));
    }

    @Test
    void nobodyRankedGivesNullCounts() {
        TreeMap<String, Totals[]> children = new TreeMap<>();
        children.put("a", child(null, null));
        children.put("b", child(null, null));

        RegionFigure march = SiblingYear.compute("p", "i", Better.HIGHER, 2026, children, null, 3).get(0);

        assertThat(march.ranked()).isEqualTo(new Ranks(null, null, null));
        assertThat(march.lastRank()).isEqualTo(new Ranks(null, null, null));
    }
}
