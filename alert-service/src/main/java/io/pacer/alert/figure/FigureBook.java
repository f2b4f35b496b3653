package io.pacer.alert.figure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

import io.pacer.alert.rule.RegionFigures;
import io.pacer.alert.rule.FigurePoint;
import io.pacer.events.Period;

/**
 * The rules' read model, in memory: the latest figure per region, indicator and month from {@code pacer.figures},
 * each region's figures tagged with the partition they came on (the key is the parent region, so a region, its
 * siblings and its past years share one). A partition taken away is forgotten; one being restored is not
 * {@link #ready}, so nothing is judged on half of its history.
 * <p>
 * Not thread-safe: every use runs under the evaluator's lock ({@code AlertEvaluator#exclusively}).
 */
@Component
public class FigureBook implements RegionFigures {

    private static final class Lane {
        final int partition;
        final Map<Integer, FigurePoint[]> years = new HashMap<>();

        Lane(int partition) {
            this.partition = partition;
        }
    }

    private final Map<String, Lane> lanes = new HashMap<>();
    private final Map<String, Set<String>> children = new HashMap<>();
    private final Set<Integer> restoring = new HashSet<>();

    /** Keeps the point as the latest of its region, indicator and month. */
    public void apply(FigurePoint point, String indicator, int partition) {
        Lane lane = lanes.get(lane(point.regionId(), indicator));
        if (lane == null || lane.partition != partition) {
            lane = new Lane(partition);
            lanes.put(lane(point.regionId(), indicator), lane);
        }
        lane.years.computeIfAbsent(point.period().year(), y -> new FigurePoint[12])[point.period().month() - 1] = point;
        if (point.parentId() != null) {
            children.computeIfAbsent(lane(point.parentId(), indicator), k -> new TreeSet<>()).add(point.regionId());
        }
    }

    /** Puts back what the region's month held before {@code point} was applied (null: nothing). */
    public void revert(FigurePoint point, String indicator, int partition, FigurePoint before) {
        if (before != null) {
            apply(before, indicator, partition);
            return;
        }
        Lane lane = lanes.get(lane(point.regionId(), indicator));
        FigurePoint[] year = lane == null ? null : lane.years.get(point.period().year());
        if (year != null) {
            year[point.period().month() - 1] = null;
        }
    }

    /** Whether the region has figures for the indicator and none of them is still being restored. */
    public boolean ready(String regionId, String indicator) {
        Lane lane = lanes.get(lane(regionId, indicator));
        return lane != null && !restoring.contains(lane.partition);
    }

    /** The regions that had a figure as a child of {@code parentId} for the indicator. */
    public Set<String> childrenOf(String parentId, String indicator) {
        return children.getOrDefault(lane(parentId, indicator), Set.of());
    }

    public void restoring(int partition, boolean underway) {
        if (underway) {
            restoring.add(partition);
        } else {
            restoring.remove(partition);
        }
    }

    /** Drops every figure that came on the partition. */
    public void forget(int partition) {
        lanes.values().removeIf(lane -> lane.partition == partition);
    }

    public void clear() {
        lanes.clear();
        children.clear();
    }

    /** How many region × indicator series are held. */
    public int size() {
        return lanes.size();
    }

    @Override
    public FigurePoint figure(String regionId, String indicator, Period period) {
        Lane lane = lanes.get(lane(regionId, indicator));
        FigurePoint[] year = lane == null ? null : lane.years.get(period.year());
        return year == null ? null : year[period.month() - 1];
    }

    @Override
    public List<FigurePoint> children(String parentId, String indicator, Period period) {
        List<FigurePoint> found = new ArrayList<>();
        for (String child : childrenOf(parentId, indicator)) {
            FigurePoint point = figure(child, indicator, period);
            if (point != null && parentId.equals(point.parentId())) {
                found.add(point);
            }
        }
        return found;
    }

    @Override
    public Optional<Period> latestReportedMonth(String regionId, String indicator, int year) {
        Lane lane = lanes.get(lane(regionId, indicator));
        FigurePoint[] months = lane == null ? null : lane.years.get(year);
        if (months != null) {
            for (int m = 12; m >= 1; m--) {
                if (months[m - 1] != null && months[m - 1].reported() > 0) {
                    return Optional.of(new Period(year, m));
                }
            }
        }
        return Optional.empty();
    }

    private static String lane(String regionId, String indicator) {
        return regionId + '\u0000' + indicator;
    }
}
