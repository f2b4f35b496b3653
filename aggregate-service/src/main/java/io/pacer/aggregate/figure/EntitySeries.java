package io.pacer.aggregate.figure;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import io.pacer.events.Basis;
import io.pacer.events.Period;

/**
 * Everything the ledger holds for one (entity, indicator): per period, every entry seen, ordered by ledger
 * position. The entry with the highest position is the figure; the others are its earlier revisions.
 */
public final class EntitySeries {

    /** What applying an entry did. */
    public enum Applied {
        /** The period's figure is now this entry. */
        REPLACED,
        /** An earlier revision arrived late: the figure stands, its history grew. */
        HISTORY_ONLY,
        /** This position was applied before (redelivery, replay): nothing changed. */
        DUPLICATE
    }

    private final String entityId;
    private final String indicator;
    private final TreeMap<Period, TreeMap<Long, LedgerEntry>> periods = new TreeMap<>();
    private LedgerEntry latest;
    /** Year → {ytd by month, prior ytd by month}; cleared whenever a figure changes. */
    private final Map<Integer, BigDecimal[][]> yearToDate = new java.util.HashMap<>();

    public EntitySeries(String entityId, String indicator) {
        this.entityId = entityId;
        this.indicator = indicator;
    }

    public Applied apply(Period period, LedgerEntry entry) {
        TreeMap<Long, LedgerEntry> revisions = periods.computeIfAbsent(period, p -> new TreeMap<>());
        if (revisions.containsKey(entry.position())) {
            return Applied.DUPLICATE;
        }
        boolean wins = revisions.isEmpty() || entry.position() > revisions.lastKey();
        revisions.put(entry.position(), entry);
        if (latest == null || entry.position() > latest.position()) {
            latest = entry;
        }
        if (wins) {
            yearToDate.clear();
        }
        return wins ? Applied.REPLACED : Applied.HISTORY_ONLY;
    }

    public String entityId() {
        return entityId;
    }

    public String indicator() {
        return indicator;
    }

    /** The region of the entity's latest entry: an entity that moved counts where it last reported. */
    public String regionId() {
        return latest.regionId();
    }

    public Basis basis() {
        return latest.basis();
    }

    public LedgerEntry figure(Period period) {
        TreeMap<Long, LedgerEntry> revisions = periods.get(period);
        return revisions == null ? null : revisions.lastEntry().getValue();
    }

    /** Every entry of the period, oldest first; empty when there is none. */
    public Collection<LedgerEntry> revisions(Period period) {
        TreeMap<Long, LedgerEntry> revisions = periods.get(period);
        return revisions == null ? java.util.List.of() : revisions.values();
    }

    public NavigableMap<Period, TreeMap<Long, LedgerEntry>> periods() {
        return java.util.Collections.unmodifiableNavigableMap(periods);
    }

    public boolean hasFigure(int year, int month) {
        return periods.containsKey(new Period(year, month));
    }

    public boolean hasYear(int year) {
        Map.Entry<Period, ?> first = periods.ceilingEntry(new Period(year, 1));
        return first != null && first.getKey().year() == year;
    }

    /** The current series of a year: month k+1's figure at index k, null where missing. */
    public BigDecimal[] current(int year) {
        BigDecimal[] values = new BigDecimal[12];
        for (int k = 0; k < 12; k++) {
            LedgerEntry e = figure(new Period(year, k + 1));
            values[k] = e == null ? null : e.value();
        }
        return values;
    }

    /**
     * The prior series of a year: the entity's own figures of the year before, except where a figure of this
     * year carries a priorYearValue, which restates that month (同口径). A figure of this year without one leaves
     * last year's own value standing.
     */
    public BigDecimal[] prior(int year) {
        BigDecimal[] values = new BigDecimal[12];
        for (int k = 0; k < 12; k++) {
            LedgerEntry now = figure(new Period(year, k + 1));
            if (now != null && now.priorYearValue() != null) {
                values[k] = now.priorYearValue();
            } else {
                LedgerEntry before = year > 1000 ? figure(new Period(year - 1, k + 1)) : null;
                values[k] = before == null ? null : before.value();
            }
        }
        return values;
    }

    /** Year-to-date of the current series by month (shared: do not modify). */
    public BigDecimal[] ytd(int year) {
        return cached(year)[0];
    }

    /** Year-to-date of the prior series by month (shared: do not modify). */
    public BigDecimal[] priorYtd(int year) {
        return cached(year)[1];
    }

    private BigDecimal[][] cached(int year) {
        return yearToDate.computeIfAbsent(year, y -> new BigDecimal[][] {YearToDate.byMonth(basis(), current(y)),
                YearToDate.byMonth(basis(), prior(y))});
    }
}
