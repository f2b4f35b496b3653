package io.pacer.alert.rule;

import java.math.BigDecimal;

import io.pacer.events.FigureEvent;
import io.pacer.events.Period;

/**
 * What the rules read of one region's figure at one month: the slice of a {@link FigureEvent} that matters here.
 * {@code reported} is how many entities of the subtree have a figure for exactly this month; {@code standing} is
 * the region's growth standing among its siblings as the aggregate ranked them all together (null from an event
 * that predates {@code ranked} and {@code lastRank}); {@code sharePct} is for the bulletin.
 */
public record FigurePoint(String regionId, String parentId, Period period, BigDecimal ytd, Double growthPct,
        int reported, Integer growthRank, Integer growthRankChange, GrowthStanding standing, Double sharePct) {

    /** A point without a share. */
    public FigurePoint(String regionId, String parentId, Period period, BigDecimal ytd, Double growthPct,
            int reported, Integer growthRank, Integer growthRankChange, GrowthStanding standing) {
        this(regionId, parentId, period, ytd, growthPct, reported, growthRank, growthRankChange, standing, null);
    }

    /** A point whose event did not say how its siblings were ranked. */
    public FigurePoint(String regionId, String parentId, Period period, BigDecimal ytd, Double growthPct,
            int reported, Integer growthRank, Integer growthRankChange) {
        this(regionId, parentId, period, ytd, growthPct, reported, growthRank, growthRankChange, null, null);
    }

    public static FigurePoint of(FigureEvent event) {
        Integer rank = growth(event.rank());
        GrowthStanding standing = event.ranked() == null ? null : new GrowthStanding(rank,
                event.ranked().growth() == null ? 0 : event.ranked().growth(), growth(event.lastRank()));
        return new FigurePoint(event.regionId(), event.parentId(), Period.parse(event.period()), event.ytd(),
                event.growthPct(), event.reported(), rank, growth(event.rankChange()), standing, event.sharePct());
    }

    private static Integer growth(io.pacer.events.Ranks ranks) {
        return ranks == null ? null : ranks.growth();
    }
}
