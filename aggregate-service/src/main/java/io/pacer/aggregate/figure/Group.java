package io.pacer.aggregate.figure;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.pacer.events.RegionTotals;

/**
 * The state of the children of one parent: the series of entities on leaf children (from the ledger) and the
 * totals of inner children (re-published by the level below), with what was last computed from them.
 */
final class Group {

    record TotalsKey(String region, String indicator, int year) {
    }

    record Versioned(long position, Totals[] months) {
    }

    final String parentId;
    /** indicator → entity → series. */
    final Map<String, Map<String, EntitySeries>> series = new HashMap<>();
    /** indicator → region → entity ids whose series count there. */
    final Map<String, Map<String, Set<String>>> seriesByRegion = new HashMap<>();
    final Map<TotalsKey, Versioned> childTotals = new HashMap<>();
    final Map<String, TreeSet<Integer>> years = new HashMap<>();
    final Map<TotalsKey, Totals[]> childCache = new HashMap<>();
    /** What is kept of each leaf child's totals, slice by slice ({@link LeafTotals.Slices}). */
    private final Map<TotalsKey, LeafTotals.Slices> slices = new HashMap<>();
    /**
     * indicator → leaf child → the series that count there, by slice: resolved once, not looked up per entity per
     * changed child per flush. Dropped when the child's entities change ({@link #index}, {@link #unindex}).
     */
    private final Map<String, Map<String, EntitySeries[][]>> members = new HashMap<>();
    /**
     * indicator → leaf child → the series of the child's registered entities that have one, by slice, for the
     * reported counts. Dropped with the child's totals when its registrations may have changed
     * ({@link #forget(TotalsKey)}), and for the indicator when a new series appears in the group
     * ({@link #seriesAdded}).
     */
    private final Map<String, Map<String, EntitySeries[][]>> registered = new HashMap<>();
    final Map<FigureEngine.YearKey, Totals[]> ownTotals = new HashMap<>();
    final Map<FigureEngine.YearKey, RegionTotals> published = new HashMap<>();
    final Map<FigureEngine.YearKey, Map<String, RegionFigure>> figures = new HashMap<>();

    Group(String parentId) {
        this.parentId = parentId;
    }

    /** Years with current-year figures for the indicator: only those are computed. */
    boolean addYear(String indicator, int year) {
        return years.computeIfAbsent(indicator, i -> new TreeSet<>()).add(year);
    }

    boolean hasYear(String indicator, int year) {
        TreeSet<Integer> known = years.get(indicator);
        return known != null && known.contains(year);
    }

    Set<Integer> years(String indicator) {
        return years.getOrDefault(indicator, new TreeSet<>());
    }

    /** Indexes an entity's series under its region; true when the region is a new child for the indicator. */
    boolean index(String indicator, String region, String entity) {
        Map<String, Set<String>> byRegion = seriesByRegion.computeIfAbsent(indicator, i -> new HashMap<>());
        boolean newChild = !byRegion.containsKey(region);
        byRegion.computeIfAbsent(region, r -> new HashSet<>()).add(entity);
        dropMembers(indicator, region);
        return newChild;
    }

    void unindex(String indicator, String region, String entity) {
        Map<String, Set<String>> byRegion = seriesByRegion.get(indicator);
        if (byRegion != null && byRegion.containsKey(region)) {
            byRegion.get(region).remove(entity);
        }
        dropMembers(indicator, region);
    }

    private void dropMembers(String indicator, String region) {
        Map<String, EntitySeries[][]> byChild = members.get(indicator);
        if (byChild != null) {
            byChild.remove(region);
        }
    }

    /** Children that have anything for (indicator, year): series, totals, or registered entities. */
    Set<String> children(String indicator, int year, ReferenceView reference) {
        Set<String> children = new TreeSet<>(seriesByRegion.getOrDefault(indicator, Map.of()).keySet());
        for (TotalsKey key : childTotals.keySet()) {
            if (key.indicator().equals(indicator) && key.year() == year) {
                children.add(key.region());
            }
        }
        for (String child : reference.childrenOf(parentId)) {
            if (!reference.expectedEntities(child, indicator).isEmpty()) {
                children.add(child);
            }
        }
        return children;
    }

    TreeMap<String, Totals[]> childrenTotals(String indicator, int year, ReferenceView reference) {
        TreeMap<String, Totals[]> totals = new TreeMap<>();
        for (String child : children(indicator, year, reference)) {
            totals.put(child, childCache.computeIfAbsent(new TotalsKey(child, indicator, year),
                    key -> computeChild(key, reference)));
        }
        return totals;
    }

    /** A child's totals are to compute again, every slice of them. */
    void forget(TotalsKey key) {
        childCache.remove(key);
        slices.remove(key);
        Map<String, EntitySeries[][]> byChild = registered.get(key.indicator());
        if (byChild != null) {
            byChild.remove(key.region());
        }
    }

    /** A series of the indicator appeared: a registered entity may have one now. */
    void seriesAdded(String indicator) {
        registered.remove(indicator);
    }

    /** A child's totals are to compute again, where they changed: the slice of one entity. */
    void forget(TotalsKey key, String entityId) {
        childCache.remove(key);
        LeafTotals.Slices kept = slices.get(key);
        if (kept != null) {
            kept.changed(entityId);
        }
    }

    /** Every child's totals of an indicator and year are to compute again. */
    void forgetAll(String indicator, int year) {
        childCache.keySet().removeIf(k -> k.indicator().equals(indicator) && k.year() == year);
        slices.keySet().removeIf(k -> k.indicator().equals(indicator) && k.year() == year);
        registered.remove(indicator);
    }

    void forgetEverything() {
        childCache.clear();
        slices.clear();
        members.clear();
        registered.clear();
    }

    private Totals[] computeChild(TotalsKey key, ReferenceView reference) {
        Map<String, EntitySeries> byEntity = series.getOrDefault(key.indicator(), Map.of());
        Set<String> expected = reference.expectedEntities(key.region(), key.indicator());
        EntitySeries[][] counting = members.computeIfAbsent(key.indicator(), i -> new HashMap<>()).computeIfAbsent(
                key.region(), r -> LeafTotals.sliced(seriesByRegion.getOrDefault(key.indicator(), Map.of())
                        .getOrDefault(r, Set.of()).stream().map(byEntity::get).toList()));
        EntitySeries[][] reporting = registered.computeIfAbsent(key.indicator(), i -> new HashMap<>())
                .computeIfAbsent(key.region(), r -> LeafTotals.sliced(LeafTotals.reporting(expected, byEntity)));
        Totals[] leaf = LeafTotals.of(key.year(), counting, expected.size(), reporting,
                slices.computeIfAbsent(key, k -> new LeafTotals.Slices()));
        Versioned inner = childTotals.get(key);
        if (inner == null) {
            return leaf;
        }
        Totals[] sum = new Totals[12];
        for (int k = 0; k < 12; k++) {
            sum[k] = leaf[k].plus(inner.months()[k]);
        }
        return sum;
    }
}
