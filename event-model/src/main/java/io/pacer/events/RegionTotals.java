package io.pacer.events;

import java.math.BigDecimal;
import java.util.List;

/**
 * A region's totals for one indicator and year, month by month ({@link Topics#REGION_TOTALS}), keyed by
 * {@code parentId}: aggregate-service re-publishes them so that the level above ranks this region among its
 * siblings. The sums add up across siblings, so a parent's totals are the sum of its children's. For one
 * (regionId, indicator, year) the later record in partition order wins.
 */
public record RegionTotals(int schemaVersion, String regionId, String parentId, String indicator, int year,
        List<Month> months) {

    public static final int SCHEMA_VERSION = 1;

    public RegionTotals {
        months = months == null ? List.of() : List.copyOf(months);
    }

    public RegionTotals(String regionId, String parentId, String indicator, int year, List<Month> months) {
        this(SCHEMA_VERSION, regionId, parentId, indicator, year, months);
    }

    /**
     * One month: Σ and count of the entities' year-to-dates, the same over the comparable set (entities with
     * both a current and a prior year-to-date), how many of the expected entities reported that month, and how
     * many of those reported it late (their latest figure of the month was {@link SubmissionRecord#late}; a record
     * written before the field existed reads 0).
     */
    public record Month(BigDecimal ytdSum, int ytdCount, BigDecimal comparableYtd, BigDecimal comparablePrior,
            int comparableCount, int reported, int expected, int late) {

        /** A month without late reports. */
        public Month(BigDecimal ytdSum, int ytdCount, BigDecimal comparableYtd, BigDecimal comparablePrior,
                int comparableCount, int reported, int expected) {
            this(ytdSum, ytdCount, comparableYtd, comparablePrior, comparableCount, reported, expected, 0);
        }
    }
}
