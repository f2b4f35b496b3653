package io.pacer.alert.lifecycle;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An official's acknowledgement of a firing alert, with what will be done about it. {@code escalatedAt} is set
 * when the alert, still firing past {@code dueDate}, was escalated to the parent region (once per acknowledgement).
 */
public record Acknowledgement(String by, String note, String actionPlan, LocalDate dueDate, Instant at,
        Instant escalatedAt) {

    public Acknowledgement(String by, String note, String actionPlan, LocalDate dueDate, Instant at) {
        this(by, note, actionPlan, dueDate, at, null);
    }

    Acknowledgement escalated(Instant when) {
        return new Acknowledgement(by, note, actionPlan, dueDate, at, when);
    }
}
