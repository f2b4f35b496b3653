package io.pacer.alert.missing;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.pacer.alert.rule.AlertValues;
import io.pacer.alert.rule.Verdict;
import io.pacer.events.Period;
import io.pacer.events.ReportingDeadline;
import io.pacer.events.Severity;

/**
 * MISSING_REPORT: an entity listing an indicator has no figure for a month whose deadline (the {@code deadlineDay}
 * of the next month, 24:00 Asia/Shanghai) has passed. The months checked are the current year's, from the earlier
 * of the entity's first reported month and its registration month, up to the latest month whose deadline passed.
 */
public final class MissingReportRule {

    private MissingReportRule() {
    }

    /** The latest month whose deadline has passed at {@code now} ({@link ReportingDeadline#lastDue}). */
    public static Period lastDue(ZonedDateTime now, int deadlineDay) {
        return new ReportingDeadline(deadlineDay).lastDue(now.toInstant());
    }

    /**
     * The months of {@code year} to check; empty when none is due yet or the entity neither registered nor
     * reported. {@code registered} and {@code firstReported} may be null.
     */
    public static List<Period> monthsToCheck(int year, Period registered, Period firstReported, Period lastDue) {
        Period start = registered == null ? firstReported
                : firstReported == null ? registered
                : registered.compareTo(firstReported) <= 0 ? registered : firstReported;
        List<Period> months = new ArrayList<>();
        if (start == null || lastDue.year() < year) {
            return months;
        }
        Period month = start.year() < year ? new Period(year, 1) : start;
        Period end = lastDue.year() > year ? new Period(year, 12) : lastDue;
        while (month.year() == year && month.compareTo(end) <= 0) {
            months.add(month);
            if (month.month() == 12) {
                break;
            }
            month = month.next();
        }
        return months;
    }

    public static Verdict evaluate(List<Period> checked, Set<Period> reported) {
        if (checked.isEmpty()) {
            return new Verdict.Skip("no month is due yet");
        }
        List<Period> missing = checked.stream().filter(m -> !reported.contains(m)).toList();
        Period latest = checked.get(checked.size() - 1);
        if (missing.isEmpty()) {
            return new Verdict.Clear(latest, AlertValues.NONE, "every due month is reported");
        }
        String months = missing.stream().map(Period::toString).collect(Collectors.joining(", "));
        AlertValues values = new AlertValues(null, null, null, null, null, null, null, null, missing);
        return new Verdict.Fire(Severity.YELLOW, missing.get(missing.size() - 1), values,
                "no figure for " + months);
    }
}
