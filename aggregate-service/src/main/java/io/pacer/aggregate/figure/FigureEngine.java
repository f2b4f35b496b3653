package io.pacer.aggregate.figure;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import io.pacer.events.Period;
import io.pacer.events.Region;
import io.pacer.events.RegionTotals;
import io.pacer.events.ReportingEntity;

/**
 * The figures and rankings of the groups (children of one parent) that one partition owns. Entries are applied
 * as they come; {@link #flush()} then recomputes only what they touched and returns what changed. State is a
 * function of the set of entries applied (the highest ledger position wins per key), not of their order.
 * Not thread-safe: one owner at a time.
 */
public final class FigureEngine {

    record YearKey(String parent, String indicator, int year) {
    }

    private final ReferenceView reference;
    private final Map<String, Group> groups;
    private final DirtyYears dirty = new DirtyYears();
    private final Recompute recompute;
    /** Advanced by every flush: a series' note that it marked its figures dirty holds until the next one. */
    private int generation;

    public FigureEngine(ReferenceView reference) {
        this.reference = reference;
        this.groups = new HashMap<>();
        this.recompute = new Recompute(reference);
    }

    public EntitySeries.Applied applyLedger(String parentId, String entityId, String indicator, Period period,
            LedgerEntry entry) {
        Group group = groups.computeIfAbsent(parentId, Group::new);
        Map<String, EntitySeries> byEntity = group.series.computeIfAbsent(indicator, i -> new HashMap<>());
        EntitySeries series = byEntity.get(entityId);
        if (series == null) {
            series = new EntitySeries(entityId, indicator);
            byEntity.put(entityId, series);
            group.seriesAdded(indicator);
        }
        String regionBefore = series.isEmpty() ? null : series.regionId();
        Object basisBefore = series.isEmpty() ? null : series.basis();
        int year = period.year();
        boolean hadYear = series.hasYear(year);
        EntitySeries.Applied applied = series.apply(period, entry);
        if (applied != EntitySeries.Applied.REPLACED) {
            return applied;
        }
        String region = series.regionId();
        // a month's figure moves that month and the later ones (year-to-date runs forward), never the earlier ones,
        // unless the basis changed, which changes how the whole year adds up
        int from = basisBefore == null || basisBefore == series.basis() ? period.month() : 1;
        if (region.equals(regionBefore) && hadYear && series.isMarked(generation, year, from)) {
            // this series already marked its region's year (and the next) dirty from this month or earlier
            return applied;
        }
        boolean moved = regionBefore != null && !regionBefore.equals(region);
        if (moved) {
            group.unindex(indicator, regionBefore, entityId);
            dirty.invalidateAllYears(group, indicator, regionBefore);
        }
        boolean newYear = !hadYear && group.addYear(indicator, year);
        boolean newChild = !region.equals(regionBefore) && group.index(indicator, region, entityId);
        if (moved && !newChild) {
            // the whole series, every year of it, now counts in its new region
            dirty.invalidateAllYears(group, indicator, region);
        }
        if (newChild || newYear) {
            // a new child of every year, or a new year for every child: all of it is computed afresh
            dirty.invalidateAllYears(group, indicator, null);
        }
        String home = reference.registeredRegion(entityId);
        dirty.invalidate(group, indicator, year, region, home, entityId, from);
        // this year's figures are next year's prior series
        dirty.invalidate(group, indicator, year + 1, region, home, entityId, from);
        series.mark(generation, year, from);
        return applied;
    }

    /** Applies totals re-published by the level below; false when a later (or the same) record was applied. */
    public boolean applyTotals(RegionTotals totals, long position) {
        Group group = groups.computeIfAbsent(totals.parentId(), Group::new);
        Group.TotalsKey key = new Group.TotalsKey(totals.regionId(), totals.indicator(), totals.year());
        Group.Versioned before = group.childTotals.get(key);
        if (before != null && before.position() >= position) {
            return false;
        }
        Totals[] months = Wire.fromMonths(totals.months());
        group.childTotals.put(key, new Group.Versioned(position, months));
        if (group.addYear(totals.indicator(), totals.year())) {
            dirty.invalidateAllYears(group, totals.indicator(), null);
        }
        // like a ledger figure, a child's totals move its figures only from the first month that differs
        dirty.invalidate(group, totals.indicator(), totals.year(), totals.regionId(),
                before == null ? 1 : Totals.firstDifference(before.months(), months));
        return true;
    }

    /** An indicator appeared or changed (better, shareOf): its figures are recomputed everywhere. */
    public void indicatorChanged(String code) {
        groups.values().forEach(group -> group.years(code).forEach(year -> dirty.mark(group, code, year, 1)));
    }

    /** A region appeared or changed: its own totals can go up now, and its parent's children may differ. */
    public void regionChanged(Region region) {
        dirty.invalidateGroup(groups.get(region.id()), null);
        if (region.parentId() != null) {
            dirty.invalidateGroup(groups.get(region.parentId()), region.id());
        }
    }

    /** An entity was registered or changed: the expected and reported counts of its regions move. */
    public void entityChanged(ReportingEntity before, ReportingEntity after) {
        dirty.entityChanged(groups.values(), reference, before, after);
    }

    /** Recomputes what changed since the last flush and returns the differences. */
    public Flush flush() {
        return flush(group -> true);
    }

    /**
     * Recomputes what changed in the groups that are {@code ready}; the others keep their changes for a later
     * flush (a partition still replaying the ledger must not publish the half-replayed state).
     */
    public Flush flush(Predicate<String> ready) {
        generation++;
        return recompute.run(groups, dirty.take(ready));
    }

    /**
     * Sets what a figure was last stored as (after a restart), so that the next flush reports exactly the figures
     * that differ from the stored ones. Ignored for groups that hold nothing.
     */
    public void seed(RegionFigure figure) {
        String groupId = groupOf(figure);
        Group group = groups.get(groupId);
        if (group != null) {
            group.figures.computeIfAbsent(new YearKey(groupId, figure.indicator(), figure.period().year()),
                    k -> new HashMap<>()).put(figure.regionId() + "|" + figure.period().month(), figure);
        }
    }

    /**
     * Forgets what was last published and stored (after a failed flush) and marks everything for recomputation:
     * the caller seeds the stored figures again, so the next flush sends every difference from them.
     */
    public void resetOutputs() {
        for (Group group : groups.values()) {
            group.figures.clear();
            group.published.clear();
            group.forgetEverything();
            group.years.forEach((indicator, years) -> years.forEach(year -> dirty.mark(group, indicator, year, 1)));
        }
    }

    /**
     * The figures last computed for a group's ranking of one indicator and period: its children's, and its own
     * when it is the top of the tree; by region id.
     */
    public List<RegionFigure> ranking(String groupId, String indicator, Period period) {
        Group group = groups.get(groupId);
        Map<String, RegionFigure> byRegion = group == null ? null
                : group.figures.get(new YearKey(groupId, indicator, period.year()));
        if (byRegion == null) {
            return List.of();
        }
        return byRegion.values().stream().filter(f -> f.period().month() == period.month())
                .sorted(java.util.Comparator.comparing(RegionFigure::regionId)).toList();
    }

    /** The group a figure is stored and ranked in: its parent, or itself at the top of the tree. */
    public static String groupOf(RegionFigure figure) {
        return figure.parentId() != null ? figure.parentId() : figure.regionId();
    }

    /** Whether there is anything to flush. */
    public boolean hasChanges() {
        return !dirty.isEmpty();
    }

    /** The series of the entities whose figures count in a leaf region, for one indicator. */
    public List<EntitySeries> seriesIn(String leafId, String indicator) {
        Region leaf = reference.region(leafId);
        Group group = leaf == null || leaf.parentId() == null ? null : groups.get(leaf.parentId());
        if (group == null) {
            return List.of();
        }
        Map<String, EntitySeries> byEntity = group.series.getOrDefault(indicator, Map.of());
        return group.seriesByRegion.getOrDefault(indicator, Map.of()).getOrDefault(leafId, Set.of()).stream()
                .map(byEntity::get).toList();
    }

    /** The series of an (entity, indicator) in a group, or null. */
    public EntitySeries series(String parentId, String entityId, String indicator) {
        Group group = groups.get(parentId);
        return group == null ? null : group.series.getOrDefault(indicator, Map.of()).get(entityId);
    }

    /** Forgets the groups of revoked partitions. */
    public void drop(Collection<String> parentIds) {
        parentIds.forEach(groups::remove);
        dirty.forgetGroups(parentIds);
    }

    /** Every figure last computed, by "regionId|indicator|period". */
    public Map<String, RegionFigure> figures() {
        Map<String, RegionFigure> all = new TreeMap<>();
        for (Group group : groups.values()) {
            group.figures.values().forEach(byRegion -> byRegion.values()
                    .forEach(f -> all.put(f.regionId() + "|" + f.indicator() + "|" + f.period(), f)));
        }
        return all;
    }

    /** The totals last re-published, by "regionId|indicator|year". */
    public Map<String, RegionTotals> publishedTotals() {
        Map<String, RegionTotals> all = new TreeMap<>();
        for (Group group : groups.values()) {
            group.published.values().forEach(t -> all.put(t.regionId() + "|" + t.indicator() + "|" + t.year(), t));
        }
        return all;
    }
}
