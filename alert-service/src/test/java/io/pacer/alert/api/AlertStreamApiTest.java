package io.pacer.alert.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

import io.pacer.alert.ServiceTest;
import io.pacer.alert.target.Target;
import io.pacer.alert.target.TargetBook;

class AlertStreamApiTest extends ServiceTest {

    @Autowired
    TargetBook targets;

    private MvcResult open(String token, String... params) throws Exception {
        var request = get("/api/v1/alerts/stream").param("access_token", token);
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andExpect(request().asyncStarted()).andReturn();
    }

    private static String awaitContent(MvcResult result, String expected) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        String content = result.getResponse().getContentAsString();
        while (!content.contains(expected) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            content = result.getResponse().getContentAsString();
        }
        return content;
    }

    @Test
    void anOfficialsBrowserSeesItsRegionsTransitionsLive() throws Exception {
        MvcResult zone = open(OFFICIAL_ZONE);
        MvcResult district = open(OFFICIAL_D1, "indicator", "projects_completed");
        MvcResult redOnly = open(STATISTICS, "region", "ta", "minSeverity", "RED");
        targets.save(Target.of(2018, "ta", "projects_completed", new BigDecimal("12"), null, null, null, null));

        sendFigure("ta", "2018-09", "7", 1); // yellow

        String districtFeed = awaitContent(district, "FIRING");
        assertThat(districtFeed).contains("event:alert", "\"regionId\":\"ta\"", "\"severity\":\"YELLOW\"");
        Thread.sleep(500);
        assertThat(zone.getResponse().getContentAsString()).doesNotContain("\"regionId\":\"ta\"");
        assertThat(redOnly.getResponse().getContentAsString()).doesNotContain("FIRING");

        sendFigure("ta", "2018-09", "1", 1); // red
        assertThat(awaitContent(redOnly, "SEVERITY_CHANGED")).contains("\"severity\":\"RED\"");
    }

    @Test
    void theStreamNeedsAToken() throws Exception {
        mvc.perform(get("/api/v1/alerts/stream")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/alerts/stream").param("access_token", REPORTER)).andExpect(status().isForbidden());
    }
}
