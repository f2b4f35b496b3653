package io.pacer.aggregate.figure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import io.pacer.events.Better;
import io.pacer.events.Period;
import io.pacer.events.Ranks;

/**
 * The figures of all children of one parent for one indicator and year, month by month, ranked among
 * themselves. Share is of the same region's {@code shareOf} indicator when it has one, else of the parent's
 * total (the sum over its children).
 */
public final class SiblingYear {

    private SiblingYear() {
    }

    /**
     * @param children       each child's totals for months 1..12
     * @param shareOfTotals  each child's totals of the shareOf indicator, or null when the indicator has none
     */
    public static List<RegionFigure> compute(String parentId, String indicator, Better better, int year,
            SortedMap<String, Totals[]> children, Map<String, Totals[]> shareOfTotals) {
        return compute(parentId, indicator, better, year, children, shareOfTotals, 1);
    }

    /**
     * The figures of months {@code fromMonth}..12 only (the earlier ones are known not to have changed); the month
     * before is ranked too, for the rank changes, but not returned.
     */
    public static List<RegionFigure> compute(String parentId, String indicator, Better better, int year,
            SortedMap<String, Totals[]> children, Map<String, Totals[]> shareOfTotals, int fromMonth) {
        return compute(parentId, indicator, better, year, children, shareOfTotals, fromMonth, null);
    }

    /**
     * As above, with the ranks of the month before {@code fromMonth} when they are known (the figures last
     * computed for it, which did not change): that month is then not ranked again.
     */
    static List<RegionFigure> compute(String parentId, String indicator, Better better, int year,
            SortedMap<String, Totals[]> children, Map<String, Totals[]> shareOfTotals, int fromMonth,
            Map<String, Ranks> ranksBefore) {
        List<RegionFigure> figures = new ArrayList<>(children.size() * (13 - fromMonth));
        Map<String, Ranks> previous = ranksBefore;
        for (int k = ranksBefore != null ? fromMonth - 1 : Math.max(0, fromMonth - 2); k < 12; k++) {
            Period period = new Period(year, k + 1);
            BigDecimal parentYtd = parentYtd(children, k);
            Map<String, BigDecimal> values = new HashMap<>();
            Map<String, Double> growths = new HashMap<>();
            Map<String, Double> shares = new HashMap<>();
            for (Map.Entry<String, Totals[]> child : children.entrySet()) {
                Totals t = child.getValue()[k];
                values.put(child.getKey(), t.ytd());
                growths.put(child.getKey(), t.growthPct());
                shares.put(child.getKey(), share(t, k, shareOfTotals, child.getKey(), parentYtd));
            }
            Map<String, Integer> byValue = Ranking.rank(values, better);
            Map<String, Integer> byGrowth = Ranking.rank(growths, better);
            Map<String, Integer> byShare = Ranking.rank(shares, better);
            Ranks ranked = new Ranks(count(byValue), count(byGrowth), count(byShare));
            Ranks lastRank = new Ranks(last(byValue), last(byGrowth), last(byShare));
            Map<String, Ranks> ranks = new HashMap<>();
            for (Map.Entry<String, Totals[]> child : children.entrySet()) {
                String region = child.getKey();
                Totals t = child.getValue()[k];
                Ranks rank = new Ranks(byValue.get(region), byGrowth.get(region), byShare.get(region));
                ranks.put(region, rank);
                Ranks change = previous == null ? Ranks.NONE : change(previous.get(region), rank);
                if (k + 1 >= fromMonth) {
                    figures.add(new RegionFigure(region, parentId, indicator, period, t.ytd(), t.priorYtd(),
                            growths.get(region), shares.get(region), t.reported(), t.expected(), t.late(), rank,
                            change, ranked, lastRank));
                }
            }
            previous = ranks;
        }
        return figures;
    }

    /** The figure of a region that has no parent (the top of the tree): no share of a parent, no ranks. */
    public static List<RegionFigure> top(String regionId, String indicator, int year, Totals[] totals,
            Totals[] shareOfTotals) {
        return top(regionId, indicator, year, totals, shareOfTotals, 1);
    }

    /** {@link #top(String, String, int, Totals[], Totals[])} from {@code fromMonth} on. */
    public static List<RegionFigure> top(String regionId, String indicator, int year, Totals[] totals,
            Totals[] shareOfTotals, int fromMonth) {
        List<RegionFigure> figures = new ArrayList<>(13 - fromMonth);
        for (int k = fromMonth - 1; k < 12; k++) {
            Totals t = totals[k];
            Double share = shareOfTotals == null ? null : Percent.of(t.ytd(), shareOfTotals[k].ytd());
            figures.add(new RegionFigure(regionId, null, indicator, new Period(year, k + 1), t.ytd(), t.priorYtd(),
                    t.growthPct(), share, t.reported(), t.expected(), t.late(), Ranks.NONE, Ranks.NONE, Ranks.NONE,
                    Ranks.NONE));
        }
        return figures;
    }

    private static Double share(Totals t, int k, Map<String, Totals[]> shareOfTotals, String region,
            BigDecimal parentYtd) {
        if (shareOfTotals == null) {
            return Percent.of(t.ytd(), parentYtd);
        }
        Totals[] of = shareOfTotals.get(region);
        return of == null ? null : Percent.of(t.ytd(), of[k].ytd());
    }

    private static BigDecimal parentYtd(Map<String, Totals[]> children, int k) {
        BigDecimal sum = null;
        for (Totals[] child : children.values()) {
            BigDecimal ytd = child[k].ytd();
            if (ytd != null) {
                sum = sum == null ? ytd : sum.add(ytd);
            }
        }
        return sum;
    }

    /** How many have a rank; null when nobody has (as the ranks themselves are). */
    private static Integer count(Map<String, Integer> ranks) {
        int n = (int) ranks.values().stream().filter(java.util.Objects::nonNull).count();
        return n == 0 ? null : n;
    }

    /** The lowest rank given, null when nobody has one. */
    private static Integer last(Map<String, Integer> ranks) {
        return ranks.values().stream().filter(java.util.Objects::nonNull).max(Integer::compare).orElse(null);
    }

    private static Ranks change(Ranks before, Ranks now) {
        return new Ranks(Ranking.change(before.value(), now.value()), Ranking.change(before.growth(), now.growth()),
                Ranking.change(before.share(), now.share()));
    }
}
