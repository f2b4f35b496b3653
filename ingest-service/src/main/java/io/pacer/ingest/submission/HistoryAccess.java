package io.pacer.ingest.submission;

import java.util.List;
import java.util.Map;

import io.pacer.events.Period;
import io.pacer.events.ReportingEntity;
import io.pacer.events.Role;
import io.pacer.ingest.Inputs;
import io.pacer.ingest.register.RegisterStore;
import io.pacer.support.security.PacerPrincipal;
import io.pacer.support.web.ApiProblemException;
import org.springframework.stereotype.Component;

/**
 * Who sees an entity's submissions: its own reporter; the statistics office; an official whose regions hold the
 * entity's region in their subtree. Others get 403 (a reporter is not told whether another entity exists).
 */
@Component
public class HistoryAccess {

    private final RegisterStore registers;
    private final HistoryStore history;

    HistoryAccess(RegisterStore registers, HistoryStore history) {
        this.registers = registers;
        this.history = history;
    }

    List<Map<String, Object>> of(String entityId, String period, PacerPrincipal principal) {
        if (period != null && !Period.isValid(period)) {
            throw ApiProblemException.badRequest("period", "must be YYYY-MM, was " + Inputs.quote(period));
        }
        readable(entityId, principal);
        return history.history(entityId, period);
    }

    /** The entity, if {@code principal} may see its submissions; else 403 (or 404 for an unknown one). */
    public ReportingEntity readable(String entityId, PacerPrincipal principal) {
        if (principal.role() == Role.REPORTER && !principal.reportsFor(entityId)) {
            throw ApiProblemException.forbidden("entityId", "this token does not report for entity "
                    + Inputs.quote(entityId));
        }
        ReportingEntity entity = registers.entity(entityId)
                .orElseThrow(() -> ApiProblemException.notFound("entityId", "unknown entity " + Inputs.quote(entityId)));
        if (principal.role() == Role.OFFICIAL && !withinRegions(entity.regionId(), principal)) {
            throw ApiProblemException.forbidden("entityId", "entity " + Inputs.quote(entityId)
                    + " is outside this token's regions");
        }
        return entity;
    }

    private boolean withinRegions(String regionId, PacerPrincipal principal) {
        return registers.region(regionId).isPresent()
                && principal.regionIds().stream().anyMatch(r -> registers.regionTree().isWithin(regionId, r));
    }
}
