package io.pacer.events;

import java.time.Instant;
import java.util.List;

/**
 * A reporting unit (先进库、后有数: registered before it reports). It hangs on a leaf region and reports only the
 * listed indicators. {@code registeredAt} is when ingest first saw it; MISSING_REPORT counts months from there.
 */
public record ReportingEntity(int schemaVersion, String id, String name, EntityType type, String regionId,
        List<String> indicators, Instant registeredAt) {

    public static final int SCHEMA_VERSION = 1;

    public ReportingEntity {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }

    public ReportingEntity(String id, String name, EntityType type, String regionId, List<String> indicators,
            Instant registeredAt) {
        this(SCHEMA_VERSION, id, name, type, regionId, indicators, registeredAt);
    }
}
