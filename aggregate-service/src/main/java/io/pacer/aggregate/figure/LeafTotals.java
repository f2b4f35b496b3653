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
        BigDecimal[] ytdSum = zeros();
        BigDecimal[] compYtd = zeros();
        BigDecimal[] compPrior = zeros();
        int[] ytdCount = new int[12];
        int[] compCount = new int[12];
        int[] reported = new int[12];
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
        for (String entity : expected) {
            EntitySeries s = byEntity.get(entity);
            for (int k = 0; s != null && k < 12; k++) {
                if (s.hasFigure(year, k + 1)) {
                    reported[k]++;
                }
            }
        }
        Totals[] totals = new Totals[12];
        for (int k = 0; k < 12; k++) {
            totals[k] = new Totals(ytdSum[k], ytdCount[k], compYtd[k], compPrior[k], compCount[k], reported[k],
                    expected.size());
        }
        return totals;
    }

    private static BigDecimal[] zeros() {
        BigDecimal[] zeros = new BigDecimal[12];
        java.util.Arrays.fill(zeros, BigDecimal.ZERO);
        return zeros;
    }
}
