package io.pacer.alert.api;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import io.pacer.alert.ServiceTest;
import io.pacer.alert.lifecycle.Fingerprint;
import io.pacer.alert.target.Target;
import io.pacer.alert.target.TargetBook;
import io.pacer.events.AlertRule;

class AlertApiTest extends ServiceTest {

    private static final int YEAR = 2020;
    private static final String ZONE_ALERT = Fingerprint.of(AlertRule.PROGRESS_LAG, "gxq", "projects_completed",
            YEAR).id();
    private static final String TOWN_ALERT = Fingerprint.of(AlertRule.PROGRESS_LAG, "ta", "projects_completed",
            YEAR).id();

    @Autowired
    TargetBook targets;

    @BeforeEach
    void twoFiringAlerts() {
        targets.save(Target.of(YEAR, "gxq", "projects_completed", new BigDecimal("12"), null, null, null, null));
        targets.save(Target.of(YEAR, "ta", "projects_completed", new BigDecimal("12"), null, null, null, null));
        sendFigure("gxq", YEAR + "-09", "7", 1); // 58 % against 75 %: yellow
        sendFigure("ta", YEAR + "-09", "1", 1); // 8 % against 75 %: red
        published();
    }

    private ResultActions alerts(String token, String... params) throws Exception {
        var request = get("/api/v1/alerts").header(HttpHeaders.AUTHORIZATION, bearer(token));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request);
    }

    private ResultActions ack(String token, String id, String body) throws Exception {
        return mvc.perform(post("/api/v1/alerts/" + id + "/ack").header(HttpHeaders.AUTHORIZATION, bearer(token))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void listsAlertsWithTheContractsFieldsAndFilters() throws Exception {
        alerts(STATISTICS, "region", "gxq", "indicator", "projects_completed")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + ZONE_ALERT + "')].severity").value("YELLOW"))
                .andExpect(jsonPath("$[?(@.id == '" + ZONE_ALERT + "')].period").value(YEAR + "-09"))
                .andExpect(jsonPath("$[?(@.id == '" + ZONE_ALERT + "')].expectedPct").value(75))
                .andExpect(jsonPath("$[?(@.id == '" + ZONE_ALERT + "')].state").value("FIRING"))
                .andExpect(jsonPath("$[?(@.id == '" + ZONE_ALERT + "')].firedAt").exists())
                .andExpect(jsonPath("$[*].regionId", everyItem(is("gxq"))));
        alerts(STATISTICS, "severity", "RED", "region", "d1")
                .andExpect(jsonPath("$[*].id", hasItem(TOWN_ALERT)))
                .andExpect(jsonPath("$[*].id", not(hasItem(ZONE_ALERT))));
        alerts(STATISTICS, "state", "RESOLVED", "region", "ta")
                .andExpect(jsonPath("$[*].id", not(hasItem(TOWN_ALERT))));
        alerts(STATISTICS, "severity", "PURPLE").andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void theMessageIsWrittenInTheLanguageAskedForWithNamesNotCodes() throws Exception {
        String zh = "高新区 · 亿元以上项目竣工：1–9月累计 7 个，完成年度目标 58.3%，低于序时进度 75.0%（黄灯）";
        String en = "High-tech Zone · Projects completed: 7 in Jan–Sep, 58.3% of the annual target, behind the "
                + "75.0% expected by now (yellow)";
        String zone = "$[?(@.id == '" + ZONE_ALERT + "')].message";
        alerts(STATISTICS, "region", "gxq", "lang", "zh").andExpect(jsonPath(zone).value(zh));
        alerts(STATISTICS, "region", "gxq").andExpect(jsonPath(zone).value(en));
        mvc.perform(get("/api/v1/alerts").param("region", "gxq").header(HttpHeaders.AUTHORIZATION, bearer(STATISTICS))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN,zh;q=0.9,en;q=0.8")).andExpect(jsonPath(zone).value(zh));
        mvc.perform(get("/api/v1/alerts").param("region", "gxq").param("lang", "en")
                .header(HttpHeaders.AUTHORIZATION, bearer(STATISTICS)).header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
                .andExpect(jsonPath(zone).value(en));
        mvc.perform(get("/api/v1/alerts/" + ZONE_ALERT).param("lang", "zh")
                .header(HttpHeaders.AUTHORIZATION, bearer(STATISTICS))).andExpect(jsonPath("$.message").value(zh));
        alerts(STATISTICS, "lang", "fr").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lang"));
    }

    @Test
    void anOfficialSeesOnlyTheAlertsOfItsSubtree() throws Exception {
        alerts(OFFICIAL_ZONE).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem(ZONE_ALERT)))
                .andExpect(jsonPath("$[*].regionId", everyItem(is("gxq"))));
        alerts(OFFICIAL_ZONE, "region", "ta").andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
        alerts(OFFICIAL_D1).andExpect(jsonPath("$[*].id", hasItem(TOWN_ALERT)))
                .andExpect(jsonPath("$[*].id", hasItem(ZONE_ALERT)));
        alerts(REPORTER).andExpect(status().isForbidden());
    }

    @Test
    void anAcknowledgementIsShownUntilTheAlertResolves() throws Exception {
        ack(OFFICIAL_ZONE, ZONE_ALERT, "{\"by\": \"王主任\", \"note\": \"已召开推进会\", \"actionPlan\": \"每周调度\","
                + " \"dueDate\": \"" + YEAR + "-10-31\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ack.by").value("王主任"))
                .andExpect(jsonPath("$.ack.dueDate").value(YEAR + "-10-31"));
        sendFigure("gxq", YEAR + "-09", "6", 1); // worse, still yellow: the ack stays
        alerts(OFFICIAL_ZONE, "region", "gxq", "indicator", "projects_completed")
                .andExpect(jsonPath("$[?(@.id == '" + ZONE_ALERT + "')].ack.note").value("已召开推进会"));

        sendFigure("gxq", YEAR + "-09", "9", 2); // caught up
        alerts(OFFICIAL_ZONE, "region", "gxq")
                .andExpect(jsonPath("$[?(@.id == '" + ZONE_ALERT + "')].state").value("RESOLVED"))
                .andExpect(jsonPath("$[?(@.id == '" + ZONE_ALERT + "')].ack").doesNotExist());
        ack(OFFICIAL_ZONE, ZONE_ALERT, "{\"by\": \"王主任\", \"note\": \"again\"}").andExpect(status().isConflict());
        mvc.perform(get("/api/v1/alerts/" + ZONE_ALERT).header(HttpHeaders.AUTHORIZATION, bearer(OFFICIAL_ZONE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.history[*].transition", hasItem("FIRING")))
                .andExpect(jsonPath("$.history[*].transition", hasItem("RESOLVED")))
                .andExpect(jsonPath("$.history[*].ack.note", hasItem("已召开推进会")))
                .andExpect(jsonPath("$.history[0].period").value(YEAR + "-09"));
        mvc.perform(get("/api/v1/alerts/" + ZONE_ALERT).header(HttpHeaders.AUTHORIZATION, bearer(OFFICIAL_TOWN_A)))
                .andExpect(status().isForbidden());
    }

    @Test
    void acknowledgementsAreCheckedAndScoped() throws Exception {
        ack(OFFICIAL_ZONE, TOWN_ALERT, "{\"by\": \"王主任\", \"note\": \"not mine\"}").andExpect(status().isForbidden());
        ack(OFFICIAL_TOWN_A, TOWN_ALERT, "{\"by\": \"李镇长\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("note"));
        ack(OFFICIAL_TOWN_A, TOWN_ALERT, "{\"by\": \"李镇长\", \"note\": \"x\", \"dueDate\": \"soon\"}")
                .andExpect(status().isBadRequest());
        ack(OFFICIAL_TOWN_A, "0000000000000000", "{\"by\": \"李镇长\", \"note\": \"x\"}")
                .andExpect(status().isNotFound());
        ack(REPORTER, TOWN_ALERT, "{\"by\": \"x\", \"note\": \"x\"}").andExpect(status().isForbidden());
        ack(STATISTICS, TOWN_ALERT, "{\"by\": \"统计局\", \"note\": \"已督办\"}").andExpect(status().isOk());
    }
}
