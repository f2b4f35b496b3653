package io.pacer.alert.reference;

import java.util.Set;

import org.springframework.stereotype.Component;

import io.pacer.events.Role;
import io.pacer.support.security.PacerPrincipal;
import io.pacer.support.web.ApiProblemException;

/** What a caller may see: the statistics office everything, an official the subtrees of its regions. */
@Component
public class RegionScope {

    private final ReferenceData reference;

    RegionScope(ReferenceData reference) {
        this.reference = reference;
    }

    /** The regions the caller may see, or null for all of them. */
    public Set<String> visible(PacerPrincipal principal) {
        return principal.is(Role.STATISTICS) ? null : reference.subtrees(principal.regionIds());
    }

    public boolean sees(PacerPrincipal principal, String regionId) {
        Set<String> visible = visible(principal);
        return visible == null || visible.contains(regionId);
    }

    public void check(PacerPrincipal principal, String regionId) {
        if (!sees(principal, regionId)) {
            throw ApiProblemException.forbidden("regionId", "region " + regionId + " is outside your regions");
        }
    }
}
