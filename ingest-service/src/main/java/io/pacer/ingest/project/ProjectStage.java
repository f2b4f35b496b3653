package io.pacer.ingest.project;

import io.pacer.events.ProjectRecord;

/** How far a project has come: the latest of its dates that is set. */
enum ProjectStage {
    SIGNED,
    PILED,
    STARTED,
    COMPLETED;

    static ProjectStage of(ProjectRecord p) {
        if (p.completedOn() != null) {
            return COMPLETED;
        }
        if (p.startedOn() != null) {
            return STARTED;
        }
        return p.pileOn() != null ? PILED : SIGNED;
    }
}
