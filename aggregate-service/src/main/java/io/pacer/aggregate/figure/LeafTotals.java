package io.pacer.aggregate.figure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The totals of a leaf region for one indicator and year, from the series of the entities in it. */
public final class LeafTotals {

    private LeafTotals() {
    }

    /**
     * A leaf child's series are summed in this many slices, by entity: a flush that changed one entity of a child
     * re-sums that entity's slice and adds the slices' cached sums, instead of re-summing every entity of the child
     * (for every indicator a submission touched, a cost that grows with the child's units). Exact sums add
     * up the same whatever the grouping, scale included, so the totals are those of one pass over every entity.
     */
    static final int BLOCKS = 8;

    static int blockOf(String entityId) {
        return Math.floorMod(entityId.hashCode(), BLOCKS);
    }

    /** The scaled sums of some entities' lanes for one year. */
    static final class Partial {
        final ScaledSums ytdSum = new ScaledSums();
        final ScaledSums compYtd = new ScaledSums();
        final ScaledSums compPrior = new ScaledSums();
        final int[] ytdCount = new int[12];
        final int[] compCount = new int[12];

        /** Adds an entity's lane; {@link ArithmeticException} when it or a sum does not fit a long. */
        void add(YearLane lane) {
            if (lane.wide) {
                throw new ArithmeticException("a value too wide for a long");
            }
            for (int k = 0; k < 12; k++) {
                if ((lane.ytdMask & (1 << k)) != 0) {
                    long ytd = lane.ytd.unscaled[k];
                    int scale = lane.ytd.scale[k];
                    ytdSum.add(k, ytd, scale);
                    ytdCount[k]++;
                    if ((lane.priorMask & (1 << k)) != 0) {
                        compYtd.add(k, ytd, scale);
                        compPrior.add(k, lane.prior.unscaled[k], lane.prior.scale[k]);
                        compCount[k]++;
                    }
                }
            }
        }

        void add(Partial other) {
            for (int k = 0; k < 12; k++) {
                ytdSum.add(k, other.ytdSum.unscaled[k], other.ytdSum.scale[k]);
                compYtd.add(k, other.compYtd.unscaled[k], other.compYtd.scale[k]);
                compPrior.add(k, other.compPrior.unscaled[k], other.compPrior.scale[k]);
                ytdCount[k] += other.ytdCount[k];
                compCount[k] += other.compCount[k];
            }
        }

        Totals[] totals(int[] reported, int[] late, int expected) {
            Totals[] totals = new Totals[12];
            for (int k = 0; k < 12; k++) {
                totals[k] = new Totals(ytdSum.get(k), ytdCount[k], compYtd.get(k), compPrior.get(k), compCount[k],
                        reported[k], expected, late[k]);
            }
            return totals;
        }
    }

    /**
     * The totals in one pass, nothing kept: what the kept slices of {@link #of(int, EntitySeries[][], int,
     * EntitySeries[][], Slices)} must always add up to.
     *
     * @param series   the series of the entities whose figures count in the region
     * @param expected the registered entities of the region that list the indicator
     * @param byEntity the group's series of this indicator by entity id, to see who reported
     */
    static Totals[] of(int year, Collection<EntitySeries> series, Set<String> expected,
            Map<String, EntitySeries> byEntity) {
        return of(year, sliced(series), expected.size(), sliced(reporting(expected, byEntity)), new Slices());
    }

    /**
     * What is kept of a leaf child's totals for one indicator and year, per slice: the sums of the entities whose
     * figures count there, and the months reported by its registered entities. A flush that changed one entity
     * sums and counts that entity's slice again and adds up the rest as kept, instead of going through every
     * entity of the child for every indicator a submission touched.
     */
    static final class Slices {
        /** Per slice; null: to sum again. */
        final Partial[] sums = new Partial[BLOCKS];
        /** Per slice, reported entities by month; null: to count again. */
        final int[][] reported = new int[BLOCKS][];
        /** Per slice, late-reported entities by month, counted with {@link #reported}. */
        final int[][] late = new int[BLOCKS][];
        /** The registered series the counts were taken from: when they are resolved anew, all are counted again. */
        private EntitySeries[][] countedFrom;

        /** {@code entityId}'s series changed: its slice is summed and counted again. */
        void changed(String entityId) {
            int b = blockOf(entityId);
            sums[b] = null;
            reported[b] = null;
        }
    }

    /** Series split into their slices ({@link #blockOf}), in the order given. */
    static EntitySeries[][] sliced(Collection<EntitySeries> series) {
        int[] sizes = new int[BLOCKS];
        series.forEach(s -> sizes[blockOf(s.entityId())]++);
        EntitySeries[][] slices = new EntitySeries[BLOCKS][];
        for (int b = 0; b < BLOCKS; b++) {
            slices[b] = new EntitySeries[sizes[b]];
            sizes[b] = 0;
        }
        for (EntitySeries s : series) {
            int b = blockOf(s.entityId());
            slices[b][sizes[b]++] = s;
        }
        return slices;
    }

    /**
     * The totals of a leaf region for one indicator and year, from what {@code kept} holds, summing and counting
     * again only the slices it lacks (and keeping them there).
     *
     * @param members   the series of the entities whose figures count in the region, by slice
     * @param expected  how many registered entities of the region list the indicator
     * @param reporting the series of those registered entities that have one, by slice
     */
    static Totals[] of(int year, EntitySeries[][] members, int expected, EntitySeries[][] reporting,
            Slices kept) {
        if (kept.countedFrom != reporting) {
            java.util.Arrays.fill(kept.reported, null);
            kept.countedFrom = reporting;
        }
        int[] reported = new int[12];
        int[] late = new int[12];
        for (int b = 0; b < BLOCKS; b++) {
            if (kept.reported[b] == null) {
                kept.reported[b] = reported(year, reporting[b]);
                kept.late[b] = late(year, reporting[b]);
            }
            for (int k = 0; k < 12; k++) {
                reported[k] += kept.reported[b][k];
                late[k] += kept.late[b][k];
            }
        }
        try {
            Partial all = new Partial();
            for (int b = 0; b < BLOCKS; b++) {
                if (kept.sums[b] == null) {
                    Partial fresh = new Partial();
                    for (EntitySeries s : members[b]) {
                        fresh.add(s.lane(year));
                    }
                    kept.sums[b] = fresh;
                }
                all.add(kept.sums[b]);
            }
            return all.totals(reported, late, expected);
        } catch (ArithmeticException e) {
            List<EntitySeries> series = new ArrayList<>();
            for (EntitySeries[] slice : members) {
                series.addAll(List.of(slice));
            }
            return exact(year, series, reported, late, expected);
        }
    }

    /** The sums in BigDecimal, for values that do not fit a long. */
    static Totals[] exact(int year, Collection<EntitySeries> series, int[] reported, int[] late, int expected) {
        BigDecimal[] ytdSum = zeros();
        BigDecimal[] compYtd = zeros();
        BigDecimal[] compPrior = zeros();
        int[] ytdCount = new int[12];
        int[] compCount = new int[12];
        for (EntitySeries s : series) {
            BigDecimal[] ytd = s.ytd(year);
            BigDecimal[] prior = s.priorYtd(year);
            for (int k = 0; k < 12; k++) {
                if (ytd[k] != null) {
                    ytdSum[k] = ytdSum[k].add(ytd[k]);
                    ytdCount[k]++;
                    if (prior[k] != null) {
                        compYtd[k] = compYtd[k].add(ytd[k]);
                        compPrior[k] = compPrior[k].add(prior[k]);
                        compCount[k]++;
                    }
                }
            }
        }
        Totals[] totals = new Totals[12];
        for (int k = 0; k < 12; k++) {
            totals[k] = new Totals(ytdSum[k], ytdCount[k], compYtd[k], compPrior[k], compCount[k], reported[k],
                    expected, late[k]);
        }
        return totals;
    }

    private static int[] reported(int year, EntitySeries[] reporting) {
        int[] reported = new int[12];
        for (EntitySeries s : reporting) {
            count(s.figureMonths(year), reported);
        }
        return reported;
    }

    /** Of the reporting entities, those whose figure of the month (the latest entry) came after the deadline. */
    private static int[] late(int year, EntitySeries[] reporting) {
        int[] late = new int[12];
        for (EntitySeries s : reporting) {
            count(s.lateMonths(year), late);
        }
        return late;
    }

    private static void count(int months, int[] counts) {
        for (int k = 0; months != 0 && k < 12; k++) {
            counts[k] += (months >>> k) & 1;
        }
    }

    /** The series of the {@code expected} registered entities that have one: those who can have reported. */
    static List<EntitySeries> reporting(Set<String> expected, Map<String, EntitySeries> byEntity) {
        return expected.stream().map(byEntity::get).filter(java.util.Objects::nonNull).toList();
    }

    private static BigDecimal[] zeros() {
        BigDecimal[] zeros = new BigDecimal[12];
        java.util.Arrays.fill(zeros, BigDecimal.ZERO);
        return zeros;
    }
}
