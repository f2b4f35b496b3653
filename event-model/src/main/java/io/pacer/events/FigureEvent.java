package io.pacer.events;

import java.math.BigDecimal;

/** A region's figure with its ranks among its siblings ({@link Topics#FIGURES}), keyed by {@code parentId}. */
public record FigureEvent(int schemaVersion, String regionId, String parentId, String indicator, String period,
        BigDecimal ytd, BigDecimal priorYtd, Double growthPct, Double sharePct, int reported, int expected,
        Ranks rank, Ranks rankChange) {

    public static final int SCHEMA_VERSION = 1;

    public FigureEvent(String regionId, String parentId, String indicator, String period, BigDecimal ytd,
            BigDecimal priorYtd, Double growthPct, Double sharePct, int reported, int expected, Ranks rank,
            Ranks rankChange) {
        this(SCHEMA_VERSION, regionId, parentId, indicator, period, ytd, priorYtd, growthPct, sharePct, reported,
                expected, rank, rankChange);
    }
}
