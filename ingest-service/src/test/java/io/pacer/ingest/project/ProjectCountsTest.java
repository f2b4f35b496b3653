package io.pacer.ingest.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.pacer.events.ProjectCategory;
import io.pacer.events.ProjectRecord;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectCountsTest {

    static ProjectRecord project(String id, boolean major, String signed, String started, String completed) {
        return new ProjectRecord(id, id, "t1", ProjectCategory.INDUSTRIAL, new BigDecimal(major ? "20000" : "500"),
                major, true, LocalDate.parse(signed), null, day(started), day(completed), Instant.EPOCH);
    }

    private static LocalDate day(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    private final List<ProjectRecord> projects = List.of(
            project("a", true, "2025-11-03", "2026-01-31", "2026-03-01"),
            project("b", true, "2025-12-31", "2026-02-01", null),
            project("c", false, "2026-01-01", "2026-01-15", "2026-02-20"),
            project("d", true, "2026-03-31", null, null));

    @Test
    void countsAreCumulativeWithinTheYearAndStartAgainInJanuary() {
        assertThat(ProjectCounts.count(projects, ProjectCounts.SIGNED, YearMonth.of(2025, 11))).isEqualTo(1);
        assertThat(ProjectCounts.count(projects, ProjectCounts.SIGNED, YearMonth.of(2025, 12))).isEqualTo(2);
        assertThat(ProjectCounts.count(projects, ProjectCounts.SIGNED, YearMonth.of(2026, 1))).isEqualTo(1);
        assertThat(ProjectCounts.count(projects, ProjectCounts.SIGNED, YearMonth.of(2026, 2))).isEqualTo(1);
        assertThat(ProjectCounts.count(projects, ProjectCounts.SIGNED, YearMonth.of(2026, 3))).isEqualTo(2);
    }

    @Test
    void startsAndCompletionsCountOnlyProjectsAboveOneYiOnAnIndependentSite() {
        assertThat(ProjectCounts.count(projects, ProjectCounts.STARTED, YearMonth.of(2026, 1))).isEqualTo(1);
        assertThat(ProjectCounts.count(projects, ProjectCounts.STARTED, YearMonth.of(2026, 2))).isEqualTo(2);
        assertThat(ProjectCounts.count(projects, ProjectCounts.COMPLETED, YearMonth.of(2026, 2))).isZero();
        assertThat(ProjectCounts.count(projects, ProjectCounts.COMPLETED, YearMonth.of(2026, 3))).isEqualTo(1);
        ProjectRecord shared = new ProjectRecord("e", "e", "t1", ProjectCategory.OTHER, new BigDecimal("30000"), true,
                false, LocalDate.parse("2026-01-02"), null, LocalDate.parse("2026-01-03"), null, Instant.EPOCH);
        assertThat(ProjectCounts.count(List.of(shared), ProjectCounts.STARTED, YearMonth.of(2026, 1))).isZero();
        assertThat(ProjectCounts.count(List.of(shared), ProjectCounts.SIGNED, YearMonth.of(2026, 1))).isEqualTo(1);
    }

    @Test
    void figuresRunFromJanuaryOfTheFirstYearToTheGivenMonthWithLastYearsCountAsPrior() {
        List<ProjectCounts.Figure> figures = ProjectCounts.figures(projects, ProjectCounts.INDICATORS, 2025,
                YearMonth.of(2026, 3));

        assertThat(figures).hasSize(15 * 3);
        Map<String, ProjectCounts.Figure> signed = figures.stream().filter(f -> f.indicator().equals("projects_signed"))
                .collect(Collectors.toMap(f -> f.period().toString(), f -> f));
        assertThat(signed.get("2025-01").value()).isEqualByComparingTo("0");
        assertThat(signed.get("2025-12").value()).isEqualByComparingTo("2");
        assertThat(signed.get("2025-12").priorYearValue()).isEqualByComparingTo("0");
        assertThat(signed.get("2026-03").value()).isEqualByComparingTo("2");
        assertThat(signed.get("2026-03").priorYearValue()).isEqualByComparingTo("0");
        assertThat(figures.get(0).period().toString()).isEqualTo("2025-01");
        assertThat(figures.get(figures.size() - 1).period().toString()).isEqualTo("2026-03");
    }

    @Test
    void thePriorYearValueIsTheSameMonthsCountOfTheYearBefore() {
        List<ProjectRecord> twoYears = List.of(project("x", true, "2025-02-10", "2025-03-01", null),
                project("y", true, "2026-02-11", null, null));
        Map<String, ProjectCounts.Figure> byKey = ProjectCounts.figures(twoYears, ProjectCounts.INDICATORS, 2025,
                YearMonth.of(2026, 3)).stream().collect(Collectors.toMap(PublishedCounts::key, f -> f));

        assertThat(byKey.get("projects_signed|2026-02").value()).isEqualByComparingTo("1");
        assertThat(byKey.get("projects_signed|2026-02").priorYearValue()).isEqualByComparingTo("1");
        assertThat(byKey.get("projects_started|2026-03").value()).isEqualByComparingTo("0");
        assertThat(byKey.get("projects_started|2026-03").priorYearValue()).isEqualByComparingTo("1");
        assertThat(byKey.get("projects_started|2026-02").priorYearValue()).isEqualByComparingTo("0");
    }

    @Test
    void theFirstYearIsThatOfTheEarliestSigning() {
        assertThat(ProjectCounts.firstYear(projects)).hasValue(2025);
        assertThat(ProjectCounts.firstYear(List.of())).isEmpty();
    }
}
