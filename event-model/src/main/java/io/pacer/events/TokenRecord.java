package io.pacer.events;

import java.time.Instant;
import java.util.List;

/**
 * A token as every service sees it: only the SHA-256 of the secret is ever stored or published. {@code bootstrap}
 * marks the STATISTICS token that ingest-service installs from {@code PACER_ADMIN_TOKEN}, so that a start with a new
 * value knows which earlier token to revoke (absent in records written before it existed: false).
 */
public record TokenRecord(int schemaVersion, String sha256, Role role, List<String> entityIds,
        List<String> regionIds, boolean revoked, Instant createdAt, boolean bootstrap) {

    public static final int SCHEMA_VERSION = 1;

    public TokenRecord {
        entityIds = entityIds == null ? List.of() : List.copyOf(entityIds);
        regionIds = regionIds == null ? List.of() : List.copyOf(regionIds);
    }

    public TokenRecord(String sha256, Role role, List<String> entityIds, List<String> regionIds, boolean revoked,
            Instant createdAt) {
        this(SCHEMA_VERSION, sha256, role, entityIds, regionIds, revoked, createdAt, false);
    }

    /** The bootstrap STATISTICS token of the given hash. */
    public static TokenRecord bootstrap(String sha256, Instant createdAt) {
        return new TokenRecord(SCHEMA_VERSION, sha256, Role.STATISTICS, List.of(), List.of(), false, createdAt, true);
    }

    public TokenRecord revoke() {
        return new TokenRecord(schemaVersion, sha256, role, entityIds, regionIds, true, createdAt, bootstrap);
    }
}
