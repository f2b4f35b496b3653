package io.pacer.support.security;

import java.security.Principal;
import java.util.List;
import java.util.Set;

import io.pacer.events.Role;
import io.pacer.events.TokenRecord;

/**
 * Who is calling: the role and bindings of a valid token. Obtain it in a controller with
 * {@code @AuthenticationPrincipal PacerPrincipal principal}. {@link #getName()} is the token's hash, never the token.
 */
public record PacerPrincipal(String tokenSha256, Role role, Set<String> entityIds, Set<String> regionIds)
        implements Principal {

    public PacerPrincipal {
        entityIds = entityIds == null ? Set.of() : Set.copyOf(entityIds);
        regionIds = regionIds == null ? Set.of() : Set.copyOf(regionIds);
    }

    public static PacerPrincipal of(TokenRecord token) {
        return new PacerPrincipal(token.sha256(), token.role(), Set.copyOf(token.entityIds()),
                Set.copyOf(token.regionIds()));
    }

    public boolean is(Role expected) {
        return role == expected;
    }

    /** A REPORTER bound to this entity; nobody else may write the entity's figures. */
    public boolean reportsFor(String entityId) {
        return role == Role.REPORTER && entityIds.contains(entityId);
    }

    public List<String> authorities() {
        return List.of("ROLE_" + role.name());
    }

    @Override
    public String getName() {
        return tokenSha256;
    }
}
