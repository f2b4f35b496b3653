package io.pacer.alert.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import io.pacer.alert.ServiceTest;
import io.pacer.events.AlertEvent;
import io.pacer.events.AlertRule;
import io.pacer.events.AlertState;
import io.pacer.events.Basis;
import io.pacer.events.Better;
import io.pacer.events.FigureEvent;
import io.pacer.events.Indicator;
import io.pacer.events.Ranks;
import io.pacer.events.Severity;

class TargetApiTest extends ServiceTest {

    private ResultActions putTarget(String token, String path, String body) throws Exception {
        return mvc.perform(put("/api/v1/targets/" + path).header(HttpHeaders.AUTHORIZATION, bearer(token))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void theStatisticsOfficeSetsATargetWithDefaultsAndOfficialsReadIt() throws Exception {
        putTarget(STATISTICS, "2025/ta/projects_completed", "{\"annualTarget\": 20}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.annualTarget").value(20))
                .andExpect(jsonPath("$.curve").value("LINEAR"))
                .andExpect(jsonPath("$.yellowGapPts").value(10))
                .andExpect(jsonPath("$.redGapPts").value(30))
                .andExpect(jsonPath("$.awaiting").doesNotExist());

        mvc.perform(get("/api/v1/targets/2025/ta/projects_completed")
                .header(HttpHeaders.AUTHORIZATION, bearer(OFFICIAL_D1)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.annualTarget").value(20));
        mvc.perform(get("/api/v1/targets").param("year", "2025").header(HttpHeaders.AUTHORIZATION,
                bearer(OFFICIAL_TOWN_A)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].regionId", hasItem("ta")));
        mvc.perform(get("/api/v1/targets").param("year", "2025").header(HttpHeaders.AUTHORIZATION,
                bearer(OFFICIAL_ZONE)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].regionId", not(hasItem("ta"))));
    }

    @Test
    void invalidTargetsAreRejectedNamingEveryField() throws Exception {
        putTarget(STATISTICS, "2025/ta/fiscal_revenue",
                "{\"annualTarget\": 0, \"growthTargetPct\": 1000.5, \"yellowGapPts\": 30, \"redGapPts\": 30}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field",
                        containsInAnyOrder("annualTarget", "growthTargetPct", "redGapPts")));
        putTarget(STATISTICS, "2025/ta/fiscal_revenue", "{}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("annualTarget"));
        putTarget(STATISTICS, "2025/ta/fiscal_revenue", "{\"annualTarget\": 5, \"colour\": \"red\"}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        putTarget(STATISTICS, "2025/ta/fiscal_revenue", "{\"annualTarget\": 5, \"curve\": \"WAVY\"}")
                .andExpect(status().isBadRequest());
        putTarget(STATISTICS, "twenty/ta/fiscal_revenue", "{\"annualTarget\": 5}")
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/targets/2025/ta/fiscal_revenue").header(HttpHeaders.AUTHORIZATION,
                bearer(STATISTICS))).andExpect(status().isNotFound());
    }

    @Test
    void onlyTheStatisticsOfficeWritesAndOnlyWithAToken() throws Exception {
        putTarget(OFFICIAL_D1, "2025/ta/energy_use", "{\"growthTargetPct\": -3}")
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        putTarget(REPORTER, "2025/ta/energy_use", "{\"growthTargetPct\": -3}").andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/targets/2025/ta/energy_use").contentType(MediaType.APPLICATION_JSON)
                .content("{\"growthTargetPct\": -3}")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/targets").param("year", "2025").header(HttpHeaders.AUTHORIZATION,
                bearer(REPORTER))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/targets/2025/ta/energy_use").header(HttpHeaders.AUTHORIZATION,
                bearer(OFFICIAL_ZONE))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/targets").header(HttpHeaders.AUTHORIZATION, bearer(STATISTICS)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void changingATargetReEvaluatesItsAlertsAtOnce() throws Exception {
        sendFigure("ta", "2022-06", "4", 1);
        putTarget(STATISTICS, "2022/ta/projects_completed", "{\"annualTarget\": 10}").andExpect(status().isOk());
        List<AlertEvent> behind = progressLag(published()); // 40 % against 50 %: exactly 10 points
        putTarget(STATISTICS, "2022/ta/projects_completed", "{\"annualTarget\": 20}").andExpect(status().isOk());
        List<AlertEvent> further = progressLag(published()); // 20 % against 50 %
        putTarget(STATISTICS, "2022/ta/projects_completed", "{\"annualTarget\": 20}").andExpect(status().isOk());
        List<AlertEvent> same = published();
        putTarget(STATISTICS, "2022/ta/projects_completed", "{\"growthTargetPct\": 5}").andExpect(status().isOk());
        List<AlertEvent> noAnnualTarget = published();

        // FORECAST_MISS moves with the same annual target: 8 of 10 (YELLOW), then 8 of 20 (RED), then resolves
        assertThat(behind).singleElement().satisfies(e -> assertThat(e.severity()).isEqualTo(Severity.YELLOW));
        assertThat(further).singleElement().satisfies(e -> assertThat(e.severity()).isEqualTo(Severity.RED));
        assertThat(same).isEmpty();
        assertThat(noAnnualTarget).allSatisfy(e -> assertThat(e.state()).isEqualTo(AlertState.RESOLVED))
                .extracting(AlertEvent::rule)
                .containsExactlyInAnyOrder(AlertRule.PROGRESS_LAG, AlertRule.FORECAST_MISS);
    }

    @Test
    void aTargetForARegionNotYetOnTheReferenceTopicIsKeptWithA202() throws Exception {
        putTarget(STATISTICS, "2021/tc/projects_completed", "{\"annualTarget\": 100}")
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.awaiting[0]").value("regionId"));
        mvc.perform(get("/api/v1/targets/2021/tc/projects_completed").header(HttpHeaders.AUTHORIZATION,
                bearer(STATISTICS))).andExpect(status().isOk()).andExpect(jsonPath("$.annualTarget").value(100));
    }

    @Test
    void aTargetWaitingForItsIndicatorIsJudgedWhenTheIndicatorArrives() throws Exception {
        sendFigure(new FigureEvent("tb", "d1", "water_saved", "2021-06", BigDecimal.ONE, null, null, null, 1, 1,
                Ranks.NONE, Ranks.NONE));

        putTarget(STATISTICS, "2021/tb/water_saved", "{\"annualTarget\": 100}")
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.awaiting[0]").value("indicator"));
        List<AlertEvent> beforeIndicator = published();
        sendReference(new Indicator("water_saved", "节水量", "Water saved", "吨", Basis.CUMULATIVE, Better.HIGHER,
                null, true));
        List<AlertEvent> afterIndicator = progressLag(published());

        assertThat(beforeIndicator).isEmpty();
        assertThat(afterIndicator).singleElement().satisfies(e -> {
            assertThat(e.rule()).isEqualTo(AlertRule.PROGRESS_LAG);
            assertThat(e.severity()).isEqualTo(Severity.RED);
        });
        mvc.perform(get("/api/v1/alerts").param("region", "tb").param("indicator", "water_saved")
                .header(HttpHeaders.AUTHORIZATION, bearer(STATISTICS))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.rule == 'PROGRESS_LAG')].severity").value("RED"))
                .andExpect(jsonPath("$[?(@.rule == 'FORECAST_MISS')].severity").value("RED"));
    }

    private static List<AlertEvent> progressLag(List<AlertEvent> events) {
        return events.stream().filter(e -> e.rule() == AlertRule.PROGRESS_LAG).toList();
    }
}
