package io.pacer.aggregate.figure;

import java.math.BigDecimal;

import io.pacer.events.FigureEvent;
import io.pacer.events.Period;
import io.pacer.events.Ranks;

/**
 * A region's figure for one indicator and month with its ranks among its siblings (none at the top):
 * {@code ranked} counts the siblings with a rank and {@code lastRank} is the lowest rank given, per metric.
 * {@code late}: of the {@code reported} entities, those whose latest figure of the month came after the deadline
 * (not part of the {@link FigureEvent}).
 */
public record RegionFigure(String regionId, String parentId, String indicator, Period period, BigDecimal ytd,
        BigDecimal priorYtd, Double growthPct, Double sharePct, int reported, int expected, int late, Ranks rank,
        Ranks rankChange, Ranks ranked, Ranks lastRank) {

    /** A figure without late reports or the siblings' rank counts (nobody ranked). */
    public RegionFigure(String regionId, String parentId, String indicator, Period period, BigDecimal ytd,
            BigDecimal priorYtd, Double growthPct, Double sharePct, int reported, int expected, Ranks rank,
            Ranks rankChange) {
        this(regionId, parentId, indicator, period, ytd, priorYtd, growthPct, sharePct, reported, expected, 0, rank,
                rankChange, Ranks.NONE, Ranks.NONE);
    }

    public FigureEvent toEvent() {
        return new FigureEvent(regionId, parentId, indicator, period.toString(), ytd, priorYtd, growthPct, sharePct,
                reported, expected, rank, rankChange, ranked, lastRank);
    }

    /** Equal as served: BigDecimal by value, so 1.0 and 1.00 count as the same figure. */
    public boolean sameAs(RegionFigure other) {
        return other != null && equalsValue(ytd, other.ytd) && equalsValue(priorYtd, other.priorYtd)
                && java.util.Objects.equals(growthPct, other.growthPct)
                && java.util.Objects.equals(sharePct, other.sharePct) && reported == other.reported
                && expected == other.expected && late == other.late && rank.equals(other.rank) && rankChange.equals(other.rankChange)
                && ranked.equals(other.ranked) && lastRank.equals(other.lastRank)
                && java.util.Objects.equals(parentId, other.parentId);
    }

    private static boolean equalsValue(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
