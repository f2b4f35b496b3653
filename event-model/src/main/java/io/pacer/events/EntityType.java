package io.pacer.events;

import java.util.List;

/**
 * What kind of reporting unit an entity is. ENTERPRISE and DEPARTMENT report by hand (registered by the statistics
 * office); a DERIVED entity is registered and fed by ingest-service itself (e.g. {@code projects@<regionId>}, whose
 * figures are counted from the project register): nobody submits for it, and the register endpoints refuse it.
 */
public enum EntityType {
    ENTERPRISE,
    DEPARTMENT,
    DERIVED;

    /** The types the statistics office may register (not DERIVED). */
    public static List<EntityType> registrable() {
        return List.of(ENTERPRISE, DEPARTMENT);
    }
}
