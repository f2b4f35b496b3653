package io.pacer.alert.lifecycle;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/v1/alerts/{id}/ack}. */
record AckBody(@NotBlank @Size(max = 200) String by, @NotBlank @Size(max = 2000) String note,
        @Size(max = 4000) String actionPlan, LocalDate dueDate) {
}
