package io.pacer.alert.project;

import org.springframework.stereotype.Component;

import io.pacer.alert.lifecycle.AlertEvaluator;
import io.pacer.events.PacerJson;
import io.pacer.events.ProjectRecord;
import io.pacer.support.kafka.PoisonRecordException;

/**
 * Applies {@code pacer.projects} records (key = project id; a tombstone deletes) to the {@link ProjectBook}. A
 * live record judges its project at once; a record read while the topic is restored at start-up does not (an
 * older version that compaction has not removed yet must not fire or resolve anything): the whole register is
 * judged once when the restore ends.
 * <p>
 * A record that can never be applied throws {@link PoisonRecordException} and changes nothing. When judging a live
 * record fails (MongoDB away), the book is put back as it was before it and the failure propagates, so the record
 * applied again judges the same change (and resolves the alert of the version it replaced).
 */
@Component
public class ProjectIntake {

    private final ProjectBook book;
    private final SignToPileChecks checks;
    private final AlertEvaluator evaluator;

    ProjectIntake(ProjectBook book, SignToPileChecks checks, AlertEvaluator evaluator) {
        this.book = book;
        this.checks = checks;
        this.evaluator = evaluator;
    }

    /**
     * Applies a record (a null or empty value deletes); judges the project when {@code live}. A value that can't
     * be read, or lacks the id, region or signing date, throws {@link PoisonRecordException} and changes nothing.
     */
    public void apply(String key, byte[] value, boolean live) {
        if (key == null || key.isBlank()) {
            throw new PoisonRecordException("a pacer.projects record needs the project id as its key");
        }
        ProjectRecord project = value == null || value.length == 0 ? null : decode(key, value);
        evaluator.exclusively(() -> {
            ProjectRecord previous = project == null ? book.remove(key) : book.put(project);
            if (live && (project != null || previous != null)) {
                try {
                    checks.changed(previous, project);
                } catch (RuntimeException e) {
                    if (previous == null) {
                        book.remove(key);
                    } else {
                        book.put(previous);
                    }
                    throw e;
                }
            }
        });
    }

    /** Applies a record read back at start-up; one that can't be read went to the dead-letter topic when live. */
    public void restore(String key, byte[] value) {
        try {
            apply(key, value, false);
        } catch (PoisonRecordException e) {
            // skipped, as it was when it arrived
        }
    }

    /**
     * A restore of the whole topic begins (the book is emptied) or ends (the register is judged once); returns the
     * transitions that judging made.
     */
    public int restoring(boolean underway) {
        evaluator.exclusively(() -> book.restoring(underway));
        return underway ? 0 : checks.checkAll(checks.today()).size();
    }

    private static ProjectRecord decode(String key, byte[] value) {
        ProjectRecord record;
        try {
            record = PacerJson.read(value, ProjectRecord.class);
        } catch (RuntimeException e) {
            throw new PoisonRecordException("project " + key + " is not a project: " + e.getMessage(), e);
        }
        if (record == null || record.regionId() == null || record.regionId().isBlank() || record.signedOn() == null) {
            throw new PoisonRecordException("project " + key + ": regionId and signedOn are required");
        }
        if (record.id() != null && !record.id().equals(key)) {
            throw new PoisonRecordException("project id " + record.id() + " differs from its key " + key);
        }
        return new ProjectRecord(record.schemaVersion(), key, record.name(), record.regionId(), record.category(),
                record.investmentWan(), record.aboveYi(), record.independentSite(), record.signedOn(),
                record.pileOn(), record.startedOn(), record.completedOn(), record.changedAt());
    }
}
