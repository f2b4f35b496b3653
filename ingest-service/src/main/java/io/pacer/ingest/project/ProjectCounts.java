package io.pacer.ingest.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.OptionalInt;

import io.pacer.events.Period;
import io.pacer.events.ProjectRecord;

/**
 * The counts a region's projects give, as year-to-date (CUMULATIVE) figures. At month m of year Y:
 * {@code projects_signed} counts the projects with {@code signedOn} in Jan 1 … the last day of m of Y;
 * {@code projects_started} those with {@code startedOn} in that window that are above 1亿元 on an independent site
 * ({@link ProjectRecord#countsAsMajor()}); {@code projects_completed} likewise by {@code completedOn}. The prior-year
 * value of a month is the same count for the same month of Y−1 (0 when no project falls in it).
 */
final class ProjectCounts {

    static final String SIGNED = "projects_signed";
    static final String STARTED = "projects_started";
    static final String COMPLETED = "projects_completed";
    static final List<String> INDICATORS = List.of(SIGNED, STARTED, COMPLETED);

    /** One derived figure of a month. */
    record Figure(String indicator, Period period, BigDecimal value, BigDecimal priorYearValue) {
    }

    private ProjectCounts() {
    }

    /** The year-to-date count of {@code indicator} at the end of {@code month}. */
    static int count(Collection<ProjectRecord> projects, String indicator, YearMonth month) {
        LocalDate from = LocalDate.of(month.getYear(), 1, 1);
        LocalDate to = month.atEndOfMonth();
        int n = 0;
        for (ProjectRecord p : projects) {
            LocalDate day = dateOf(p, indicator);
            if (day != null && !day.isBefore(from) && !day.isAfter(to)) {
                n++;
            }
        }
        return n;
    }

    /** The day that makes {@code p} count for {@code indicator}, or null if it does not count (yet). */
    static LocalDate dateOf(ProjectRecord p, String indicator) {
        return switch (indicator) {
            case SIGNED -> p.signedOn();
            case STARTED -> p.countsAsMajor() ? p.startedOn() : null;
            case COMPLETED -> p.countsAsMajor() ? p.completedOn() : null;
            default -> throw new IllegalArgumentException("not a project count: " + indicator);
        };
    }

    /** The year of the earliest {@code signedOn}; empty without projects. */
    static OptionalInt firstYear(Collection<ProjectRecord> projects) {
        return projects.stream().mapToInt(p -> p.signedOn().getYear()).min();
    }

    /**
     * Every figure of {@code indicators} for each month from January of {@code firstYear} through {@code through},
     * months in order and, within a month, the indicators in the order given.
     */
    static List<Figure> figures(Collection<ProjectRecord> projects, List<String> indicators, int firstYear,
            YearMonth through) {
        List<Figure> figures = new ArrayList<>();
        for (YearMonth m = YearMonth.of(firstYear, 1); !m.isAfter(through); m = m.plusMonths(1)) {
            for (String indicator : indicators) {
                figures.add(new Figure(indicator, Period.of(m), BigDecimal.valueOf(count(projects, indicator, m)),
                        BigDecimal.valueOf(count(projects, indicator, m.minusYears(1)))));
            }
        }
        return figures;
    }
}
