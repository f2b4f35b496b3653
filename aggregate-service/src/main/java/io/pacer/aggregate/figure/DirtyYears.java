package io.pacer.aggregate.figure;

import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

import io.pacer.events.Region;
import io.pacer.events.ReportingEntity;

/**
 * What the next flush recomputes: each (group, indicator, year) with the first month that may have changed, and
 * the cached child totals an applied record or a register change makes stale. A month's change moves that month
 * and the later ones (year-to-date runs forward), never the earlier ones.
 */
final class DirtyYears {

    private final Map<FigureEngine.YearKey, Integer> dirty = new LinkedHashMap<>();

    /** A child's totals changed from {@code fromMonth}: all of them are summed again. */
    void invalidate(Group group, String indicator, int year, String child, int fromMonth) {
        group.forget(new Group.TotalsKey(child, indicator, year));
        mark(group, indicator, year, fromMonth);
    }

    /**
     * Only {@code entityId}'s series changed in the child: its slice of the child's totals is summed and counted
     * again. Where the entity is registered in another child of the group ({@code home}: the registers moved it,
     * and its ledger has not followed yet), that child counts it as reporting: its slice there is counted again too.
     */
    void invalidate(Group group, String indicator, int year, String child, String home, String entityId,
            int fromMonth) {
        group.forget(new Group.TotalsKey(child, indicator, year), entityId);
        if (home != null && !home.equals(child)) {
            group.forget(new Group.TotalsKey(home, indicator, year), entityId);
        }
        mark(group, indicator, year, fromMonth);
    }

    /** Every year of the indicator, for one child or ({@code child} null) for all of them. */
    void invalidateAllYears(Group group, String indicator, String child) {
        for (int year : group.years(indicator)) {
            if (child == null) {
                group.forgetAll(indicator, year);
                dirty.put(new FigureEngine.YearKey(group.parentId, indicator, year), 1);
            } else {
                invalidate(group, indicator, year, child, 1);
            }
        }
    }

    /** Every indicator and year of a group, if held (for one child, or all when {@code child} is null). */
    void invalidateGroup(Group group, String child) {
        if (group == null) {
            return;
        }
        for (String indicator : java.util.List.copyOf(group.years.keySet())) {
            invalidateAllYears(group, indicator, child);
        }
    }

    /** An entity was registered or changed: the groups that hold or expect it count again in its regions. */
    void entityChanged(Collection<Group> groups, ReferenceView reference, ReportingEntity before,
            ReportingEntity after) {
        for (ReportingEntity e : new ReportingEntity[] {before, after}) {
            if (e == null) {
                continue;
            }
            Region region = reference.region(e.regionId());
            for (Group group : groups) {
                boolean holds = region != null && group.parentId.equals(region.parentId());
                for (String indicator : e.indicators()) {
                    if (holds || group.seriesByRegion.getOrDefault(indicator, Map.of()).containsKey(e.regionId())) {
                        invalidateAllYears(group, indicator, e.regionId());
                    }
                }
            }
        }
    }

    /** Marks a year for recomputation from {@code fromMonth} without forgetting any cached totals. */
    void mark(Group group, String indicator, int year, int fromMonth) {
        dirty.merge(new FigureEngine.YearKey(group.parentId, indicator, year), fromMonth, Math::min);
    }

    /** Takes out what the groups that are {@code ready} need recomputed; the rest stays. */
    Map<FigureEngine.YearKey, Integer> take(Predicate<String> ready) {
        Map<FigureEngine.YearKey, Integer> work = new LinkedHashMap<>();
        for (Iterator<Map.Entry<FigureEngine.YearKey, Integer>> it = dirty.entrySet().iterator(); it.hasNext();) {
            Map.Entry<FigureEngine.YearKey, Integer> key = it.next();
            if (ready.test(key.getKey().parent())) {
                work.put(key.getKey(), key.getValue());
                it.remove();
            }
        }
        return work;
    }

    void forgetGroups(Collection<String> parentIds) {
        dirty.keySet().removeIf(k -> parentIds.contains(k.parent()));
    }

    boolean isEmpty() {
        return dirty.isEmpty();
    }
}
