package io.pacer.ingest.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import io.pacer.events.ProjectCategory;
import io.pacer.events.ProjectRecord;

/**
 * A project as the API answers it: the stored record, its {@link ProjectStage}, and the days from {@code signedOn}
 * and from {@code pileOn} (null without one) to {@code today} (Asia/Shanghai).
 */
record ProjectView(int schemaVersion, String id, String name, String regionId, ProjectCategory category,
        BigDecimal investmentWan, boolean aboveYi, boolean independentSite, LocalDate signedOn, LocalDate pileOn,
        LocalDate startedOn, LocalDate completedOn, Instant changedAt, ProjectStage stage, long daysSinceSigned,
        Long daysSincePile) {

    static ProjectView of(ProjectRecord p, LocalDate today) {
        return new ProjectView(p.schemaVersion(), p.id(), p.name(), p.regionId(), p.category(), p.investmentWan(),
                p.aboveYi(), p.independentSite(), p.signedOn(), p.pileOn(), p.startedOn(), p.completedOn(),
                p.changedAt(), ProjectStage.of(p), ChronoUnit.DAYS.between(p.signedOn(), today),
                p.pileOn() == null ? null : ChronoUnit.DAYS.between(p.pileOn(), today));
    }
}
