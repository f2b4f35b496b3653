package io.pacer.alert.lifecycle;

import java.time.Instant;
import java.time.LocalDate;

/** An official's acknowledgement of a firing alert, with what will be done about it. */
public record Acknowledgement(String by, String note, String actionPlan, LocalDate dueDate, Instant at) {
}
