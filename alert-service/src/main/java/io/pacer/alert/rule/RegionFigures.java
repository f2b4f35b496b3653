package io.pacer.alert.rule;

import java.util.List;
import java.util.Optional;

import io.pacer.events.Period;

/** The read model the rules query, built from {@code pacer.figures} (the latest event per region, indicator, month). */
public interface RegionFigures {

    /** The region's figure at a month, or null when none has arrived. */
    FigurePoint figure(String regionId, String indicator, Period period);

    /** The figures of all children of {@code parentId} at a month (the region itself included). */
    List<FigurePoint> children(String parentId, String indicator, Period period);

    /**
     * Whether the region's figures for the indicator can be judged now: it has some, and they are not being
     * restored after a restart (judging half of a history could notify what the whole of it would not).
     */
    default boolean ready(String regionId, String indicator) {
        return true;
    }

    /** The latest month of the year at which some entity of the region's subtree has a figure (reported &gt; 0). */
    Optional<Period> latestReportedMonth(String regionId, String indicator, int year);
}
