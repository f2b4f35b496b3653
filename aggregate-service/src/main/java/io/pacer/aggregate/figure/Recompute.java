package io.pacer.aggregate.figure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.pacer.events.Indicator;
import io.pacer.events.Ranks;
import io.pacer.events.Region;
import io.pacer.events.RegionTotals;

/**
 * Recomputes the (group, indicator, year) keys a flush takes: the group's own totals (re-published to the level
 * above when they differ from what was last published) and its children's figures and ranks, from the first month
 * that may have changed. Only figures that differ from the last computed ones are returned.
 */
final class Recompute {

    private final ReferenceView reference;

    Recompute(ReferenceView reference) {
        this.reference = reference;
    }

    Flush run(Map<String, Group> groups, Map<FigureEngine.YearKey, Integer> work) {
        for (Map.Entry<FigureEngine.YearKey, Integer> key : List.copyOf(work.entrySet())) {
            for (String dependant : reference.sharingOf(key.getKey().indicator())) {
                work.merge(new FigureEngine.YearKey(key.getKey().parent(), dependant, key.getKey().year()),
                        key.getValue(), Math::min);
            }
        }
        List<RegionFigure> figures = new ArrayList<>();
        List<RegionTotals> totals = new ArrayList<>();
        for (Map.Entry<FigureEngine.YearKey, Integer> key : work.entrySet()) {
            Group group = groups.get(key.getKey().parent());
            if (group != null && group.hasYear(key.getKey().indicator(), key.getKey().year())) {
                recompute(group, key.getKey(), key.getValue(), figures, totals);
            }
        }
        return new Flush(figures, totals);
    }

    private void recompute(Group group, FigureEngine.YearKey key, int fromMonth, List<RegionFigure> changed,
            List<RegionTotals> totals) {
        TreeMap<String, Totals[]> children = group.childrenTotals(key.indicator(), key.year(), reference);
        Totals[] own = Totals.sum(children.values());
        group.ownTotals.put(key, own);
        // Without its region (so its parent) or its indicator, a group holds its output: regionChanged and
        // indicatorChanged mark it again when they arrive.
        Region self = reference.region(group.parentId);
        if (self != null && self.parentId() != null) {
            RegionTotals out = new RegionTotals(group.parentId, self.parentId(), key.indicator(), key.year(),
                    Wire.toMonths(own));
            if (!out.equals(group.published.get(key))) {
                group.published.put(key, out);
                totals.add(out);
            }
        }
        Indicator indicator = reference.indicator(key.indicator());
        if (indicator == null) {
            return;
        }
        Map<String, Totals[]> shareOf = indicator.shareOf() == null ? null
                : group.childrenTotals(indicator.shareOf(), key.year(), reference);
        Map<String, RegionFigure> before = group.figures.computeIfAbsent(key, k -> new HashMap<>());
        List<RegionFigure> figures = new ArrayList<>(SiblingYear.compute(group.parentId, key.indicator(),
                indicator.better(), key.year(), children, shareOf, fromMonth,
                ranksBefore(before, children.keySet(), fromMonth)));
        if (self != null && self.parentId() == null) {
            figures.addAll(SiblingYear.top(group.parentId, key.indicator(), key.year(), own,
                    shareOf == null ? null : Totals.sum(shareOf.values()), fromMonth));
        }
        for (RegionFigure figure : figures) {
            String id = figure.regionId() + "|" + figure.period().month();
            if (!figure.sameAs(before.get(id))) {
                before.put(id, figure);
                changed.add(figure);
            }
        }
    }

    /**
     * The ranks last computed for the month before {@code fromMonth}, which did not change since: the base of the
     * rank changes. Null when a child has none (then that month is ranked again).
     */
    private static Map<String, Ranks> ranksBefore(Map<String, RegionFigure> before, Set<String> children,
            int fromMonth) {
        if (fromMonth < 2) {
            return null;
        }
        Map<String, Ranks> ranks = new HashMap<>();
        for (String child : children) {
            RegionFigure figure = before.get(child + "|" + (fromMonth - 1));
            if (figure == null) {
                return null;
            }
            ranks.put(child, figure.rank());
        }
        return ranks;
    }
}
