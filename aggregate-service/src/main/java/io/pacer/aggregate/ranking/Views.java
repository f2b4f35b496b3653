package io.pacer.aggregate.ranking;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.pacer.events.Ranks;

/** The JSON shapes of the REST contract (values unrounded, periods as YYYY-MM). */
final class Views {

    private Views() {
    }

    record Ranking(String parent, String indicator, String period, String by, List<Row> rows) {
    }

    /** {@code late}: of the {@code reported} entities, those whose latest figure of the month came late. */
    record Row(Integer rank, Integer rankChange, String regionId, String regionName, BigDecimal ytd,
            BigDecimal priorYtd, Double growthPct, Double sharePct, int reported, int expected, int late) {
    }

    record Figure(String regionId, String regionName, String parentId, String indicator, String period,
            BigDecimal ytd, BigDecimal priorYtd, Double growthPct, Double sharePct, int reported, int expected,
            int late, Ranks rank, Ranks rankChange) {
    }

    record Contributors(String regionId, String indicator, String period, BigDecimal ytd,
            List<Contributor> contributors) {
    }

    /** {@code late}: the entity's latest figure for exactly the period came after the deadline. */
    record Contributor(String entityId, String entityName, String regionId, BigDecimal ytd, BigDecimal priorYtd,
            Double sharePct, boolean late, List<Submitted> figures) {
    }

    /** A figure that counts in the year-to-date or its prior, with every revision that led to it. */
    record Submitted(String period, BigDecimal value, BigDecimal priorYearValue, String submissionId,
            Instant acceptedAt, boolean late, List<Revision> revisions) {
    }

    record Revision(String submissionId, BigDecimal value, BigDecimal priorYearValue, Instant acceptedAt,
            boolean late) {
    }
}
