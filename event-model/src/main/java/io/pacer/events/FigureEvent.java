package io.pacer.events;

import java.math.BigDecimal;

/**
 * A region's figure with its ranks among its siblings ({@link Topics#FIGURES}), keyed by {@code parentId}.
 * {@code ranked} says how many of the siblings (the region included) have a rank by value, growth and share, and
 * {@code lastRank} the lowest rank given by each; with ties, competition style, the region is last exactly when its
 * rank equals {@code lastRank}. Both came later (additive); an older event has them null.
 */
public record FigureEvent(int schemaVersion, String regionId, String parentId, String indicator, String period,
        BigDecimal ytd, BigDecimal priorYtd, Double growthPct, Double sharePct, int reported, int expected,
        Ranks rank, Ranks rankChange, Ranks ranked, Ranks lastRank) {

    public static final int SCHEMA_VERSION = 1;

    public FigureEvent(String regionId, String parentId, String indicator, String period, BigDecimal ytd,
            BigDecimal priorYtd, Double growthPct, Double sharePct, int reported, int expected, Ranks rank,
            Ranks rankChange) {
        this(regionId, parentId, indicator, period, ytd, priorYtd, growthPct, sharePct, reported, expected, rank,
                rankChange, null, null);
    }

    public FigureEvent(String regionId, String parentId, String indicator, String period, BigDecimal ytd,
            BigDecimal priorYtd, Double growthPct, Double sharePct, int reported, int expected, Ranks rank,
            Ranks rankChange, Ranks ranked, Ranks lastRank) {
        this(SCHEMA_VERSION, regionId, parentId, indicator, period, ytd, priorYtd, growthPct, sharePct, reported,
                expected, rank, rankChange, ranked, lastRank);
    }
}
