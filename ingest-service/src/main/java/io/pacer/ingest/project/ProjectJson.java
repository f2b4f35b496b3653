package io.pacer.ingest.project;

import io.pacer.events.PacerJson;
import io.pacer.events.ProjectRecord;

/** Decodes a {@code pacer.projects} value; what the counts need of it must be there, or the record is refused. */
final class ProjectJson {

    private ProjectJson() {
    }

    /** The record under {@code key}, or null for a tombstone (no or empty value). */
    static ProjectRecord read(String key, byte[] value) {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("a pacer.projects record needs its project id as key");
        }
        if (value == null || value.length == 0) {
            return null;
        }
        ProjectRecord p = PacerJson.read(value, ProjectRecord.class);
        if (!key.equals(p.id())) {
            throw new IllegalArgumentException("the record's id " + p.id() + " differs from its key " + key);
        }
        if (p.regionId() == null || p.signedOn() == null || p.category() == null) {
            throw new IllegalArgumentException("project " + key + " lacks regionId, signedOn or category");
        }
        return p;
    }
}
