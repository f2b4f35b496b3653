package io.pacer.alert.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.test.web.servlet.MvcResult;

import io.pacer.alert.ServiceTest;
import io.pacer.alert.target.Target;
import io.pacer.alert.target.TargetBook;
import io.pacer.events.AlertEvent;
import io.pacer.events.AlertRule;
import io.pacer.events.AlertState;
import io.pacer.events.PacerJson;
import io.pacer.events.Role;
import io.pacer.events.Severity;
import io.pacer.events.TokenRecord;
import io.pacer.events.TransitionKind;
import io.pacer.support.security.TokenHashing;

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
    void aTransitionPublishedAgainIsStreamedOnce() throws Exception {
        MvcResult all = open(STATISTICS);
        targets.save(Target.of(2014, "ta", "projects_completed", new BigDecimal("12"), null, null, null, null));
        sendFigure("ta", "2014-09", "7", 1);
        AlertEvent fired = published().stream().filter(e -> e.year() == 2014).findFirst().orElseThrow();
        String id = "id:" + fired.alertId() + ":" + fired.sequence();
        awaitContent(all, id);

        // pacer.alerts brings it (this instance's own), and again after a publication that failed half-way
        input.send(MessageBuilder.withPayload(PacerJson.write(fired)).build(), FEED);
        input.send(MessageBuilder.withPayload(PacerJson.write(fired)).build(), FEED);
        Thread.sleep(500);

        assertThat(all.getResponse().getContentAsString().split(id, -1)).hasSize(2);
    }

    @Test
    void aTransitionAnotherInstanceJudgedIsStreamed() throws Exception {
        MvcResult district = open(OFFICIAL_D1);
        MvcResult zone = open(OFFICIAL_ZONE);
        Instant at = Instant.parse("2016-06-01T00:00:00Z");
        AlertEvent judgedElsewhere = new AlertEvent("elsewhere-1", 1L, TransitionKind.FIRING, AlertRule.PROGRESS_LAG,
                "ta", "projects_completed", 2016, null, "2016-05", AlertState.FIRING, Severity.RED, null, null, null,
                null, null, null, null, "behind", at, at);

        input.send(MessageBuilder.withPayload(PacerJson.write(judgedElsewhere)).build(), FEED);

        assertThat(awaitContent(district, "elsewhere-1")).contains("id:elsewhere-1:1", "\"severity\":\"RED\"");
        Thread.sleep(300);
        assertThat(zone.getResponse().getContentAsString()).as("ta is outside the zone").doesNotContain("elsewhere");
    }

    @Test
    void theStreamNeedsAToken() throws Exception {
        mvc.perform(get("/api/v1/alerts/stream")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/alerts/stream").param("access_token", REPORTER)).andExpect(status().isForbidden());
    }

    @Test
    void aStreamClosesWhenItsTokenIsRevoked() throws Exception {
        String revoked = "stream-token-to-revoke";
        String kept = "stream-token-kept";
        Instant issued = Instant.parse("2026-01-01T00:00:00Z");
        tokens.apply(new TokenRecord(TokenHashing.sha256Hex(revoked), Role.OFFICIAL, null, List.of("d1"), false,
                issued));
        tokens.apply(new TokenRecord(TokenHashing.sha256Hex(kept), Role.OFFICIAL, null, List.of("d1"), false,
                issued));
        MvcResult closing = open(revoked);
        MvcResult staying = open(kept);

        // as pacer.reference brings a revocation; no transition is sent, so the clock has to notice it
        tokens.apply(new TokenRecord(TokenHashing.sha256Hex(revoked), Role.OFFICIAL, null, List.of("d1"), true,
                issued));

        closing.getAsyncResult(10_000); // throws unless the stream is completed in time
        assertThat(closing.getResponse().getContentAsString()).contains("token revoked");
        assertThatIllegalStateException().isThrownBy(() -> staying.getAsyncResult(3_000));
        mvc.perform(get("/api/v1/alerts/stream").param("access_token", revoked)).andExpect(status().isUnauthorized());
    }
}
