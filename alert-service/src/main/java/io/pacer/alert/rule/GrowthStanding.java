package io.pacer.alert.rule;

import java.util.List;

/**
 * A region's growth rank among its siblings at one month: its rank (null when unranked), how many siblings have a
 * rank (the region included) and the worst rank given. Ranks are competition style, so the region is last, ties
 * included, exactly when its rank equals the worst rank.
 */
public record GrowthStanding(Integer rank, int rankedSiblings, Integer lastRank) {

    public static final GrowthStanding UNKNOWN = new GrowthStanding(null, 0, null);
    static final int MIN_RANKED = 3;

    /** The standing of {@code regionId} among {@code children}, all at the same month. */
    public static GrowthStanding among(String regionId, List<FigurePoint> children) {
        Integer own = null;
        int ranked = 0;
        Integer worst = null;
        for (FigurePoint child : children) {
            if (child.growthRank() == null) {
                continue;
            }
            ranked++;
            worst = worst == null ? child.growthRank() : Math.max(worst, child.growthRank());
            if (child.regionId().equals(regionId)) {
                own = child.growthRank();
            }
        }
        return new GrowthStanding(own, ranked, worst);
    }

    public boolean ranked() {
        return rank != null;
    }

    /** Last among at least three ranked siblings; among fewer, nobody is last. */
    public boolean last() {
        return rank != null && rankedSiblings >= MIN_RANKED && rank.equals(lastRank);
    }
}
