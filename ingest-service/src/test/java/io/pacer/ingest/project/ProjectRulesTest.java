package io.pacer.ingest.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.pacer.ingest.Mother;
import io.pacer.support.web.FieldIssue;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 20);

    static ProjectRequest valid() {
        return new ProjectRequest(null, "智能装备产业园", "t1", "INDUSTRIAL", new BigDecimal("50000"), true, true,
                "2026-01-05", "2026-02-01", "2026-02-10", null);
    }

    static ProjectRequest with(String signed, String pile, String started, String completed) {
        ProjectRequest v = valid();
        return new ProjectRequest(null, v.name(), v.regionId(), v.category(), v.investmentWan(), v.aboveYi(),
                v.independentSite(), signed, pile, started, completed);
    }

    private static List<String> fields(String id, ProjectRequest request) {
        return ProjectRules.check(id, request, Mother.view(), TODAY).stream().map(FieldIssue::field).toList();
    }

    @Test
    void aCompleteProjectOnALeafRegionPasses() {
        assertThat(ProjectRules.check("p1", valid(), Mother.view(), TODAY)).isEmpty();
        assertThat(fields("p1", with("2026-01-05", null, null, null))).isEmpty();
        assertThat(fields("p1", with("2026-01-05", null, "2026-01-05", "2026-03-20"))).isEmpty();
    }

    @Test
    void datesOutOfOrderNameTheLaterField() {
        assertThat(fields("p1", with("2026-02-01", "2026-01-31", null, null))).containsExactly("pileOn");
        assertThat(fields("p1", with("2026-01-05", "2026-02-01", "2026-01-20", null))).containsExactly("startedOn");
        // without a pile, the start is compared with the signing
        assertThat(fields("p1", with("2026-01-05", null, "2026-01-04", null))).containsExactly("startedOn");
        assertThat(fields("p1", with("2026-01-05", null, "2026-02-01", "2026-01-31"))).containsExactly("completedOn");
    }

    @Test
    void aDateAfterTodayInShanghaiIsRefused() {
        assertThat(fields("p1", with("2026-03-21", null, null, null))).containsExactly("signedOn");
        assertThat(fields("p1", with("2026-01-05", "2026-03-21", "2026-03-22", null)))
                .containsExactly("pileOn", "startedOn");
    }

    @Test
    void malformedAndMissingDatesAreNamed() {
        assertThat(fields("p1", with(null, null, null, null))).containsExactly("signedOn");
        assertThat(fields("p1", with("2026-02-30", "2026/02/01", null, null))).containsExactly("signedOn", "pileOn");
    }

    @Test
    void aCompletedProjectMustHaveStarted() {
        assertThat(fields("p1", with("2026-01-05", "2026-01-10", null, "2026-03-01"))).containsExactly("startedOn");
    }

    @Test
    void theRegionMustBeARegisteredLeaf() {
        ProjectRequest v = valid();
        for (String region : List.of("d1", "c1", "nowhere")) {
            ProjectRequest r = new ProjectRequest(null, v.name(), region, v.category(), v.investmentWan(), true, true,
                    v.signedOn(), null, null, null);
            assertThat(fields("p1", r)).as(region).containsExactly("regionId");
        }
        // a district without towns is a leaf
        ProjectRequest d2 = new ProjectRequest(null, v.name(), "d2", v.category(), v.investmentWan(), true, true,
                v.signedOn(), null, null, null);
        assertThat(fields("p1", d2)).isEmpty();
    }

    @Test
    void idNameAndCategoryAreBounded() {
        assertThat(fields("x".repeat(65), valid())).containsExactly("id");
        assertThat(fields("p\n1", valid())).containsExactly("id");
        ProjectRequest v = valid();
        ProjectRequest bad = new ProjectRequest(null, "名".repeat(201), v.regionId(), "FACTORY", v.investmentWan(),
                true, null, v.signedOn(), null, null, null);
        assertThat(fields("p1", bad)).containsExactly("name", "category", "independentSite");
    }

    @Test
    void theInvestmentFollowsTheValueRulesAndDecidesAboveYi() {
        ProjectRequest v = valid();
        for (String wan : List.of("-1", "0.0000001", "1e16", "1e-100000000")) {
            ProjectRequest r = new ProjectRequest(null, v.name(), "t1", "OTHER", new BigDecimal(wan), false, true,
                    v.signedOn(), null, null, null);
            assertThat(fields("p1", r)).as(wan).containsExactly("investmentWan");
        }
        ProjectRequest small = new ProjectRequest(null, v.name(), "t1", "OTHER", new BigDecimal("9999.5"), true, true,
                v.signedOn(), null, null, null);
        assertThat(fields("p1", small)).containsExactly("aboveYi");
        ProjectRequest large = new ProjectRequest(null, v.name(), "t1", "OTHER", new BigDecimal("10000"), false, false,
                v.signedOn(), null, null, null);
        assertThat(fields("p1", large)).containsExactly("aboveYi");
    }
}
