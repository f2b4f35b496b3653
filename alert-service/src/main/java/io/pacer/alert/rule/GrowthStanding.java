package io.pacer.alert.rule;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A region's growth rank among its siblings at one month: its rank (null when unranked), how many siblings have a
 * rank (the region included) and the worst rank given. Ranks are competition style, so the region is last, ties
 * included, exactly when its rank equals the worst rank.
 * <p>
 * {@code consistent} says whether the siblings' ranks form a competition ranking (1, 2, 2, 4 …). A re-ranking
 * reaches this service one sibling at a time; until the last sibling's figure has arrived, the stored ranks mix
 * old and new and usually don't (1, 1, 2), and a region must not be judged last on them.
 */
public record GrowthStanding(Integer rank, int rankedSiblings, Integer lastRank, boolean consistent) {

    public static final GrowthStanding UNKNOWN = new GrowthStanding(null, 0, null, true);
    static final int MIN_RANKED = 3;

    public GrowthStanding(Integer rank, int rankedSiblings, Integer lastRank) {
        this(rank, rankedSiblings, lastRank, true);
    }

    /** The standing of {@code regionId} among {@code children}, all at the same month. */
    public static GrowthStanding among(String regionId, List<FigurePoint> children) {
        Integer own = null;
        List<Integer> ranks = new ArrayList<>();
        for (FigurePoint child : children) {
            if (child.growthRank() == null) {
                continue;
            }
            ranks.add(child.growthRank());
            if (child.regionId().equals(regionId)) {
                own = child.growthRank();
            }
        }
        Collections.sort(ranks);
        return new GrowthStanding(own, ranks.size(), ranks.isEmpty() ? null : ranks.get(ranks.size() - 1),
                isCompetitionRanking(ranks));
    }

    /** 1, then each rank either ties the one before or equals its 1-based position. */
    static boolean isCompetitionRanking(List<Integer> sorted) {
        for (int i = 0; i < sorted.size(); i++) {
            int rank = sorted.get(i);
            boolean ok = i == 0 ? rank == 1 : rank == sorted.get(i - 1) || rank == i + 1;
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    public boolean ranked() {
        return rank != null;
    }

    /** Last among at least three ranked siblings whose ranks agree; among fewer, nobody is last. */
    public boolean last() {
        return consistent && rank != null && rankedSiblings >= MIN_RANKED && rank.equals(lastRank);
    }
}
