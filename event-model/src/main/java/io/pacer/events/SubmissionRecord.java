package io.pacer.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One accepted figure on the ledger ({@link Topics#SUBMISSIONS}), keyed by {@code parentRegionId}. It carries the
 * entity's region, its parent and the indicator's basis so a consumer can apply it without waiting for
 * {@link Topics#REFERENCE}. For one (entity, indicator, period) the later record in partition order wins.
 *
 * @param late accepted at or after the period's {@link ReportingDeadline}; written as {@code true} or {@code false}
 *        by ingest, and a record written before the field existed reads as on time ({@code false})
 */
public record SubmissionRecord(int schemaVersion, String submissionId, String entityId, String regionId,
        String parentRegionId, String indicator, Basis basis, String period, BigDecimal value,
        BigDecimal priorYearValue, Instant acceptedAt, List<Warning> warnings, boolean late) {

    public static final int SCHEMA_VERSION = 1;

    public SubmissionRecord {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** A record of the current schema. */
    public SubmissionRecord(String submissionId, String entityId, String regionId, String parentRegionId,
            String indicator, Basis basis, String period, BigDecimal value, BigDecimal priorYearValue,
            Instant acceptedAt, List<Warning> warnings, boolean late) {
        this(SCHEMA_VERSION, submissionId, entityId, regionId, parentRegionId, indicator, basis, period, value,
                priorYearValue, acceptedAt, warnings, late);
    }

    /** An on-time record of the current schema. */
    public SubmissionRecord(String submissionId, String entityId, String regionId, String parentRegionId,
            String indicator, Basis basis, String period, BigDecimal value, BigDecimal priorYearValue,
            Instant acceptedAt, List<Warning> warnings) {
        this(submissionId, entityId, regionId, parentRegionId, indicator, basis, period, value, priorYearValue,
                acceptedAt, warnings, false);
    }
}
