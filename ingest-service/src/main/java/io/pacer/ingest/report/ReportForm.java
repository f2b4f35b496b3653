package io.pacer.ingest.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.pacer.events.Basis;

/**
 * What a reporter needs to fill in one entity's month: for each indicator the entity reports, its name, unit and
 * basis, last month's value, the same month last year where Pacer has it, and what was already sent for this month.
 *
 * @param deadline the first instant at which a submission for {@code period} is late
 * @param deadlineDay the last on-time day, in Asia/Shanghai
 * @param warningRatio a value more than this times (or less than 1/this of) last month's or last year's is warned of
 */
public record ReportForm(String entityId, String entityName, String regionId, String regionName, String period,
        Instant deadline, LocalDate deadlineDay, boolean pastDeadline, BigDecimal warningRatio, List<Row> rows) {

    /**
     * One indicator of the form.
     *
     * @param previousValue the entity's value for the month before, if it reported it
     * @param priorYearValue the same month last year: the entity's reported value for that month, else the prior-year
     *        value it already sent with this month; null when Pacer has neither
     * @param priorYearKnown true when Pacer has last year's month from the entity's own report (no need to type it)
     * @param submittedValue the value already accepted for this month (a new submission revises it), or null
     */
    public record Row(String indicator, String name, String nameEn, String unit, Basis basis,
            BigDecimal previousValue, BigDecimal priorYearValue, boolean priorYearKnown, BigDecimal submittedValue) {
    }
}
