package io.pacer.aggregate.figure;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/** The totals of a leaf region for one indicator and year, from the series of the entities in it. */
public final class LeafTotals {

    private LeafTotals() {
    }

    /**
     * @param series   the series of the entities whose figures count in the region
     * @param expected the registered entities of the region that list the indicator
     * @param byEntity the group's series of this indicator by entity id, to see who reported
     */
    public static Totals[] of(int year, Collection<EntitySeries> series, Set<String> expected,
            Map<String, EntitySeries> byEntity) {
        int[] reported = reported(year, expected, byEntity);
        try {
            return scaled(year, series, reported, expected.size());
        } catch (ArithmeticException e) {
            return exact(year, series, reported, expected.size());
        }
    }

    /** The sums as scaled longs: the same values, scales included, as {@link #exact}, without its allocations. */
    private static Totals[] scaled(int year, Collection<EntitySeries> series, int[] reported, int expected) {
        ScaledSums ytdSum = new ScaledSums();
        ScaledSums compYtd = new ScaledSums();
        ScaledSums compPrior = new ScaledSums();
        int[] ytdCount = new int[12];
        int[] compCount = new int[12];
        for (EntitySeries s : series) {
            YearLane lane = s.lane(year);
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
        Totals[] totals = new Totals[12];
        for (int k = 0; k < 12; k++) {
            totals[k] = new Totals(ytdSum.get(k), ytdCount[k], compYtd.get(k), compPrior.get(k), compCount[k],
                    reported[k], expected);
        }
        return totals;
    }

    /** The sums in BigDecimal, for values that do not fit a long. */
    static Totals[] exact(int year, Collection<EntitySeries> series, int[] reported, int expected) {
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
                    expected);
        }
        return totals;
    }

    private static int[] reported(int year, Set<String> expected, Map<String, EntitySeries> byEntity) {
        int[] reported = new int[12];
        for (String entity : expected) {
            EntitySeries s = byEntity.get(entity);
            int months = s == null ? 0 : s.figureMonths(year);
            for (int k = 0; months != 0 && k < 12; k++) {
                reported[k] += (months >>> k) & 1;
            }
        }
        return reported;
    }

    private static BigDecimal[] zeros() {
        BigDecimal[] zeros = new BigDecimal[12];
        java.util.Arrays.fill(zeros, BigDecimal.ZERO);
        return zeros;
    }
}
