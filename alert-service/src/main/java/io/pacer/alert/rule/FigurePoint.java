package io.pacer.alert.rule;

import java.math.BigDecimal;

import io.pacer.events.FigureEvent;
import io.pacer.events.Period;

/**
 * What the rules read of one region's figure at one month: the slice of a {@link FigureEvent} that matters here.
 * {@code reported} is how many entities of the subtree have a figure for exactly this month.
 */
public record FigurePoint(String regionId, String parentId, Period period, BigDecimal ytd, Double growthPct,
        int reported, Integer growthRank, Integer growthRankChange) {

    public static FigurePoint of(FigureEvent event) {
        return new FigurePoint(event.regionId(), event.parentId(), Period.parse(event.period()), event.ytd(),
                event.growthPct(), event.reported(),
                event.rank() == null ? null : event.rank().growth(),
                event.rankChange() == null ? null : event.rankChange().growth());
    }
}
