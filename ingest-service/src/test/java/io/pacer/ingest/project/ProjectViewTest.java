package io.pacer.ingest.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import io.pacer.events.ProjectCategory;
import io.pacer.events.ProjectRecord;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectViewTest {

    private static ProjectRecord project(String pile, String started, String completed) {
        return new ProjectRecord("p1", "p", "t1", ProjectCategory.INDUSTRIAL, new BigDecimal("20000"), true, true,
                LocalDate.parse("2025-12-20"), day(pile), day(started), day(completed), Instant.EPOCH);
    }

    private static LocalDate day(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    @Test
    void theStageIsTheLatestDateSet() {
        assertThat(ProjectStage.of(project(null, null, null))).isEqualTo(ProjectStage.SIGNED);
        assertThat(ProjectStage.of(project("2026-01-10", null, null))).isEqualTo(ProjectStage.PILED);
        assertThat(ProjectStage.of(project("2026-01-10", "2026-02-01", null))).isEqualTo(ProjectStage.STARTED);
        assertThat(ProjectStage.of(project(null, "2026-02-01", null))).isEqualTo(ProjectStage.STARTED);
        assertThat(ProjectStage.of(project("2026-01-10", "2026-02-01", "2026-03-01")))
                .isEqualTo(ProjectStage.COMPLETED);
    }

    @Test
    void daysCountFromSigningAndFromThePileToToday() {
        ProjectView view = ProjectView.of(project("2026-01-10", null, null), LocalDate.of(2026, 3, 20));

        assertThat(view.daysSinceSigned()).isEqualTo(90);
        assertThat(view.daysSincePile()).isEqualTo(69);
        assertThat(ProjectView.of(project(null, null, null), LocalDate.of(2025, 12, 20)).daysSincePile()).isNull();
        assertThat(ProjectView.of(project(null, null, null), LocalDate.of(2025, 12, 20)).daysSinceSigned()).isZero();
    }

    @Test
    void aProjectIsListedForTheYearsItsSpanOverlaps() {
        ProjectRecord open = project(null, null, null);
        ProjectRecord done = project("2026-01-10", "2026-02-01", "2026-03-01");

        assertThat(ProjectController.overlaps(open, 2025)).isTrue();
        assertThat(ProjectController.overlaps(open, 2027)).isTrue();
        assertThat(ProjectController.overlaps(open, 2024)).isFalse();
        assertThat(ProjectController.overlaps(done, 2026)).isTrue();
        assertThat(ProjectController.overlaps(done, 2027)).isFalse();
    }
}
