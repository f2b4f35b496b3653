package io.pacer.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When a month's figures are due: by the end (24:00) of day {@code day} of the next month, in Asia/Shanghai (a day
 * past the next month's length means its last day). ingest marks a submission accepted after it {@code late};
 * MISSING_REPORT fires for a month whose deadline has passed without the figure.
 *
 * @param day the day of the month after the period, 1..28 (DESIGN.md: default 15)
 */
public record ReportingDeadline(int day) {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final int DEFAULT_DAY = 15;

    public ReportingDeadline {
        if (day < 1 || day > 28) {
            throw new IllegalArgumentException("the deadline day must be 1..28, was " + day);
        }
    }

    /** The instant the period's figures stop being on time (the start of the day after the deadline day). */
    public Instant of(Period period) {
        YearMonth next = period.toYearMonth().plusMonths(1);
        LocalDate end = next.atDay(Math.min(day, next.lengthOfMonth())).plusDays(1);
        return end.atStartOfDay(ZONE).toInstant();
    }

    /** True when a figure for {@code period} accepted at {@code acceptedAt} came after the deadline. */
    public boolean isLate(Period period, Instant acceptedAt) {
        return !acceptedAt.isBefore(of(period));
    }

    /** The latest month whose deadline has passed at {@code now}. */
    public Period lastDue(Instant now) {
        Period previous = Period.of(YearMonth.from(ZonedDateTime.ofInstant(now, ZONE)).minusMonths(1));
        return isLate(previous, now) ? previous : previous.previous();
    }
}
