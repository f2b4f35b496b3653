package io.pacer.aggregate.figure;

import java.util.ArrayList;
import java.util.List;

import io.pacer.events.RegionTotals;

/** Between the domain's {@link Totals} and their form on pacer.region-totals. */
final class Wire {

    private Wire() {
    }

    static List<RegionTotals.Month> toMonths(Totals[] totals) {
        List<RegionTotals.Month> months = new ArrayList<>(12);
        for (Totals t : totals) {
            months.add(new RegionTotals.Month(t.ytdSum(), t.ytdCount(), t.comparableYtd(), t.comparablePrior(),
                    t.comparableCount(), t.reported(), t.expected(), t.late()));
        }
        return months;
    }

    static Totals[] fromMonths(List<RegionTotals.Month> months) {
        if (months.size() != 12) {
            throw new IllegalArgumentException("totals need 12 months, had " + months.size());
        }
        Totals[] totals = new Totals[12];
        for (int k = 0; k < 12; k++) {
            RegionTotals.Month m = months.get(k);
            totals[k] = new Totals(m.ytdSum(), m.ytdCount(), m.comparableYtd(), m.comparablePrior(),
                    m.comparableCount(), m.reported(), m.expected(), m.late());
        }
        return totals;
    }
}
