package io.pacer.aggregate.figure;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
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
    /**
     * Year → 12 slots, month k+1 at index k: null, the one entry of that month, or its {@link Revisions} when it
     * has several. Arrays rather than ordered maps: the figure of a month is read for every recomputation.
     */
    private final Map<Integer, Object[]> years = new java.util.HashMap<>(4);
    private LedgerEntry latest;
    /** Year → {ytd by month, prior ytd by month}; cleared whenever a figure changes. */
    private final Map<Integer, BigDecimal[][]> yearToDate = new java.util.HashMap<>(4);

    /** Every entry of one month, ordered by ledger position. */
    private static final class Revisions extends TreeMap<Long, LedgerEntry> {
    }

    public EntitySeries(String entityId, String indicator) {
        this.entityId = entityId;
        this.indicator = indicator;
    }

    public Applied apply(Period period, LedgerEntry entry) {
        Object[] months = years.computeIfAbsent(period.year(), y -> new Object[12]);
        int k = period.month() - 1;
        Object slot = months[k];
        boolean wins;
        if (slot == null) {
            months[k] = entry;
            wins = true;
        } else {
            Revisions revisions;
            if (slot instanceof LedgerEntry only) {
                if (only.position() == entry.position()) {
                    return Applied.DUPLICATE;
                }
                revisions = new Revisions();
                revisions.put(only.position(), only);
                months[k] = revisions;
            } else {
                revisions = (Revisions) slot;
                if (revisions.containsKey(entry.position())) {
                    return Applied.DUPLICATE;
                }
            }
            wins = entry.position() > revisions.lastKey();
            revisions.put(entry.position(), entry);
        }
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

    /** Whether anything was applied yet. */
    public boolean isEmpty() {
        return latest == null;
    }

    /** The region of the entity's latest entry: an entity that moved counts where it last reported. */
    public String regionId() {
        return latest.regionId();
    }

    public Basis basis() {
        return latest.basis();
    }

    public LedgerEntry figure(Period period) {
        return figure(period.year(), period.month());
    }

    private LedgerEntry figure(int year, int month) {
        Object[] months = years.get(year);
        Object slot = months == null ? null : months[month - 1];
        return slot == null ? null : slot instanceof LedgerEntry e ? e : ((Revisions) slot).lastEntry().getValue();
    }

    /** Every entry of the period, oldest first; empty when there is none. */
    public Collection<LedgerEntry> revisions(Period period) {
        Object[] months = years.get(period.year());
        Object slot = months == null ? null : months[period.month() - 1];
        return slot == null ? java.util.List.of()
                : slot instanceof LedgerEntry e ? java.util.List.of(e) : ((Revisions) slot).values();
    }

    public boolean hasFigure(int year, int month) {
        Object[] months = years.get(year);
        return months != null && months[month - 1] != null;
    }

    public boolean hasYear(int year) {
        return years.containsKey(year);
    }

    /** The current series of a year: month k+1's figure at index k, null where missing. */
    public BigDecimal[] current(int year) {
        BigDecimal[] values = new BigDecimal[12];
        for (int k = 0; k < 12; k++) {
            LedgerEntry e = figure(year, k + 1);
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
            LedgerEntry now = figure(year, k + 1);
            if (now != null && now.priorYearValue() != null) {
                values[k] = now.priorYearValue();
            } else {
                LedgerEntry before = figure(year - 1, k + 1);
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
