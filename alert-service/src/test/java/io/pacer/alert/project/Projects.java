package io.pacer.alert.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import io.pacer.events.ProjectCategory;
import io.pacer.events.ProjectRecord;

/** Object Mother of projects on pacer.projects. */
public final class Projects {

    private Projects() {
    }

    /** A 亿元以上, independent-site industrial project in {@code region}, signed on {@code signedOn}, not piled. */
    public static ProjectRecord signed(String id, String region, LocalDate signedOn) {
        return new ProjectRecord(id, "项目" + id, region, ProjectCategory.INDUSTRIAL, new BigDecimal("12000"), true,
                true, signedOn, null, null, null, Instant.parse("2026-01-01T00:00:00Z"));
    }

    /** The same project, piled on {@code pileOn}. */
    public static ProjectRecord piled(ProjectRecord p, LocalDate pileOn) {
        return new ProjectRecord(p.id(), p.name(), p.regionId(), p.category(), p.investmentWan(), p.aboveYi(),
                p.independentSite(), p.signedOn(), pileOn, p.startedOn(), p.completedOn(), p.changedAt());
    }

    /** The same project, registered in another region. */
    public static ProjectRecord movedTo(ProjectRecord p, String region) {
        return new ProjectRecord(p.id(), p.name(), region, p.category(), p.investmentWan(), p.aboveYi(),
                p.independentSite(), p.signedOn(), p.pileOn(), p.startedOn(), p.completedOn(), p.changedAt());
    }
}
