package io.pacer.events;

import java.time.Instant;
import java.util.List;

/** A token as every service sees it: only the SHA-256 of the secret is ever stored or published. */
public record TokenRecord(int schemaVersion, String sha256, Role role, List<String> entityIds,
        List<String> regionIds, boolean revoked, Instant createdAt) {

    public static final int SCHEMA_VERSION = 1;

    public TokenRecord {
        entityIds = entityIds == null ? List.of() : List.copyOf(entityIds);
        regionIds = regionIds == null ? List.of() : List.copyOf(regionIds);
    }

    public TokenRecord(String sha256, Role role, List<String> entityIds, List<String> regionIds, boolean revoked,
            Instant createdAt) {
        this(SCHEMA_VERSION, sha256, role, entityIds, regionIds, revoked, createdAt);
    }

    public TokenRecord revoke() {
        return new TokenRecord(schemaVersion, sha256, role, entityIds, regionIds, true, createdAt);
    }
}
