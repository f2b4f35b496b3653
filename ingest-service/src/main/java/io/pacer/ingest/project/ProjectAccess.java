package io.pacer.ingest.project;

import java.util.Optional;

import io.pacer.events.EntityType;
import io.pacer.events.ReportingEntity;
import io.pacer.events.Role;
import io.pacer.ingest.Inputs;
import io.pacer.ingest.register.RegisterStore;
import io.pacer.support.security.PacerPrincipal;
import io.pacer.support.web.ApiProblemException;
import org.springframework.stereotype.Component;

/**
 * Who may see and change which projects. Writing: the statistics office, or a REPORTER bound to a DEPARTMENT
 * entity of the project's region (the investment-promotion bureau of that town or zone); moving a project needs
 * that right for both regions. Reading, as for submissions: the statistics office everything; an OFFICIAL the
 * projects in its regions' subtrees; a REPORTER those in the regions of its own entities.
 */
@Component
class ProjectAccess {

    private final RegisterStore registers;

    ProjectAccess(RegisterStore registers) {
        this.registers = registers;
    }

    /** 403 naming {@code field} unless {@code principal} may register projects of {@code regionId}. */
    void checkWrite(PacerPrincipal principal, String regionId, String field) {
        if (principal.is(Role.STATISTICS)) {
            return;
        }
        boolean department = principal.is(Role.REPORTER) && principal.entityIds().stream().map(registers::entity)
                .flatMap(Optional::stream).anyMatch(e -> e.type() == EntityType.DEPARTMENT);
        if (!department) {
            throw ApiProblemException.forbidden(field, "projects are registered by the statistics office or by a"
                    + " department reporting for the project's region (the investment-promotion bureau); this token"
                    + " is neither");
        }
        if (regionId != null && registers.region(regionId).isPresent() && !departmentOf(principal, regionId)) {
            throw ApiProblemException.forbidden(field, "this token reports for no department of region "
                    + Inputs.quote(regionId) + "; only the statistics office or that region's department may"
                    + " register its projects");
        }
    }

    private boolean departmentOf(PacerPrincipal principal, String regionId) {
        return principal.entityIds().stream().map(registers::entity).flatMap(Optional::stream)
                .anyMatch(e -> e.type() == EntityType.DEPARTMENT && regionId.equals(e.regionId()));
    }

    /** Whether {@code principal} may read the projects of {@code regionId} (a leaf region). */
    boolean canRead(PacerPrincipal principal, String regionId) {
        return switch (principal.role()) {
            case STATISTICS -> true;
            case OFFICIAL -> within(regionId, principal);
            case REPORTER -> principal.entityIds().stream().map(registers::entity).flatMap(Optional::stream)
                    .map(ReportingEntity::regionId).anyMatch(regionId::equals);
        };
    }

    boolean regionExists(String regionId) {
        return registers.region(regionId).isPresent();
    }

    /** Whether {@code regionId} is a known region in the subtree of {@code ancestorId} (itself included). */
    boolean inSubtree(String regionId, String ancestorId) {
        return registers.region(regionId).isPresent() && registers.regionTree().isWithin(regionId, ancestorId);
    }

    private boolean within(String regionId, PacerPrincipal principal) {
        return principal.regionIds().stream().anyMatch(r -> inSubtree(regionId, r));
    }
}
