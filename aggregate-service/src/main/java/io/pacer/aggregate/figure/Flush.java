package io.pacer.aggregate.figure;

import java.util.List;

import io.pacer.events.RegionTotals;

/** What changed since the last flush: region figures to store and announce, totals to re-publish upwards. */
public record Flush(List<RegionFigure> figures, List<RegionTotals> totals) {

    public boolean isEmpty() {
        return figures.isEmpty() && totals.isEmpty();
    }
}
