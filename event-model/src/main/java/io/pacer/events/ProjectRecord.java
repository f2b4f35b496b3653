package io.pacer.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An investment project as it travels on {@link Topics#PROJECTS} (compacted, keyed by {@code id}); a tombstone
 * deletes it. Dates are calendar days in Asia/Shanghai, in the order signed ≤ piled ≤ started ≤ completed, none in
 * the future. A project counts as started or completed for {@code projects_started} / {@code projects_completed}
 * only when it is {@code aboveYi} (亿元以上) and on an {@code independentSite} (独立供地).
 *
 * @param regionId the leaf region the project is in
 * @param investmentWan planned investment in 万元
 * @param changedAt when ingest accepted this version
 */
public record ProjectRecord(int schemaVersion, String id, String name, String regionId, ProjectCategory category,
        BigDecimal investmentWan, boolean aboveYi, boolean independentSite, LocalDate signedOn, LocalDate pileOn,
        LocalDate startedOn, LocalDate completedOn, Instant changedAt) {

    public static final int SCHEMA_VERSION = 1;

    public ProjectRecord(String id, String name, String regionId, ProjectCategory category, BigDecimal investmentWan,
            boolean aboveYi, boolean independentSite, LocalDate signedOn, LocalDate pileOn, LocalDate startedOn,
            LocalDate completedOn, Instant changedAt) {
        this(SCHEMA_VERSION, id, name, regionId, category, investmentWan, aboveYi, independentSite, signedOn, pileOn,
                startedOn, completedOn, changedAt);
    }

    /** Counts for projects_started and projects_completed (亿元以上, 独立供地). */
    public boolean countsAsMajor() {
        return aboveYi && independentSite;
    }
}
