package io.pacer.aggregate.figure;

import java.math.BigDecimal;
import java.util.Collection;
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
     * Per year (parallel arrays, a series spans few years): 12 slots, month k+1 at index k: null, the one entry of
     * that month, or its {@link Revisions} when it has several. Arrays rather than maps: the figure of a month is
     * read for every recomputation, and an Integer key would be boxed on each read.
     */
    private int[] yearKeys = new int[0];
    private Object[][] yearSlots = new Object[0][];
    /** The figures of each year (parallel to yearKeys) as scaled longs, for the sums. */
    private MonthValues[] yearValues = new MonthValues[0];
    private LedgerEntry latest;
    /** What was derived from the series since its last change, per year (emptied on every change). */
    private final DerivedYears derived = new DerivedYears();

    /** Every entry of one month, ordered by ledger position. */
    private static final class Revisions extends TreeMap<Long, LedgerEntry> {
    }

    /** The flush generation, year and first month this series last marked dirty (see FigureEngine). */
    private int markGeneration = -1;
    private int markYear;
    private int markFrom;

    public EntitySeries(String entityId, String indicator) {
        this.entityId = entityId;
        this.indicator = indicator;
    }

    public Applied apply(Period period, LedgerEntry entry) {
        int yearIndex = yearIndexOrAdd(period.year());
        Object[] months = yearSlots[yearIndex];
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
            yearValues[yearIndex].set(k, entry);
            derived.clear();
        }
        return wins ? Applied.REPLACED : Applied.HISTORY_ONLY;
    }

    boolean isMarked(int generation, int year, int fromMonth) {
        return markGeneration == generation && markYear == year && markFrom <= fromMonth;
    }

    void mark(int generation, int year, int fromMonth) {
        markGeneration = generation;
        markYear = year;
        markFrom = fromMonth;
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

    private int indexOf(int year) {
        for (int i = 0; i < yearKeys.length; i++) {
            if (yearKeys[i] == year) {
                return i;
            }
        }
        return -1;
    }

    private Object[] slots(int year) {
        int i = indexOf(year);
        return i < 0 ? null : yearSlots[i];
    }

    private int yearIndexOrAdd(int year) {
        int i = indexOf(year);
        if (i >= 0) {
            return i;
        }
        int n = yearKeys.length;
        yearKeys = java.util.Arrays.copyOf(yearKeys, n + 1);
        yearSlots = java.util.Arrays.copyOf(yearSlots, n + 1);
        yearValues = java.util.Arrays.copyOf(yearValues, n + 1);
        yearKeys[n] = year;
        yearSlots[n] = new Object[12];
        yearValues[n] = new MonthValues();
        return n;
    }

    private MonthValues values(int year) {
        int i = indexOf(year);
        return i < 0 ? null : yearValues[i];
    }

    LedgerEntry figure(int year, int month) {
        Object[] months = slots(year);
        Object slot = months == null ? null : months[month - 1];
        return slot == null ? null : slot instanceof LedgerEntry e ? e : ((Revisions) slot).lastEntry().getValue();
    }

    /** Every entry of the period, oldest first; empty when there is none. */
    public Collection<LedgerEntry> revisions(Period period) {
        Object[] months = slots(period.year());
        Object slot = months == null ? null : months[period.month() - 1];
        return slot == null ? java.util.List.of()
                : slot instanceof LedgerEntry e ? java.util.List.of(e) : ((Revisions) slot).values();
    }

    /** The months of the year with a figure: bit k for month k+1 (kept until the series changes). */
    int figureMonths(int year) {
        return cached(year).months(this, year).figureMonths;
    }

    /** The months of the year whose figure (the latest entry) came late: bit k for month k+1. */
    int lateMonths(int year) {
        return cached(year).months(this, year).lateMonths;
    }

    public boolean hasYear(int year) {
        return slots(year) != null;
    }

    /** The years with an entry, in the order first met. */
    public int[] years() {
        return yearKeys.clone();
    }

    /** Year-to-date of the current series by month (shared: do not modify). */
    public BigDecimal[] ytd(int year) {
        return decimals(year)[0];
    }

    /** Year-to-date of the prior series by month (shared: do not modify). */
    public BigDecimal[] priorYtd(int year) {
        return decimals(year)[1];
    }

    /** Both year-to-dates of a year as scaled longs (shared: do not modify). */
    YearLane lane(int year) {
        return cached(year).lane;
    }

    private BigDecimal[][] decimals(int year) {
        DerivedYears.Year c = cached(year);
        if (c.decimals == null) {
            c.decimals = new BigDecimal[][] {YearToDate.byMonth(basis(), SeriesMonths.current(this, year)),
                    YearToDate.byMonth(basis(), SeriesMonths.prior(this, year))};
        }
        return c.decimals;
    }

    private DerivedYears.Year cached(int year) {
        DerivedYears.Year c = derived.find(year);
        return c != null ? c : derived.add(year, new DerivedYears.Year(YearLane.of(basis(), values(year),
                values(year - 1))));
    }
}
