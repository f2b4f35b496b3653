package io.pacer.alert.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import io.pacer.alert.ServiceTest;
import io.pacer.alert.notify.WebhookReceiver;
import io.pacer.alert.target.Target;
import io.pacer.alert.target.TargetBook;
import io.pacer.events.AlertEvent;
import io.pacer.events.AlertRule;
import io.pacer.events.AlertState;
import io.pacer.events.TransitionKind;

/** Escalation through the whole service: acknowledgement, the clock's check, pacer.alerts and the parent's webhook. */
class EscalationTest extends ServiceTest {

    private static final int YEAR = 2015;
    private static final String ALERT = Fingerprint.of(AlertRule.PROGRESS_LAG, "ta", "projects_completed", YEAR).id();

    @Autowired
    TargetBook targets;
    @Autowired
    Escalations escalations;
    private WebhookReceiver district;
    private WebhookReceiver town;

    @BeforeEach
    void receivers() throws Exception {
        district = new WebhookReceiver();
        town = new WebhookReceiver();
    }

    @AfterEach
    void close() {
        district.close();
        town.close();
    }

    private void subscribe(String token, String region, WebhookReceiver receiver) throws Exception {
        mvc.perform(post("/api/v1/subscriptions").header(HttpHeaders.AUTHORIZATION, bearer(token))
                .contentType(MediaType.APPLICATION_JSON).content("{\"regionIds\": [\"" + region + "\"],"
                        + " \"indicators\": [\"projects_completed\"], \"rules\": [\"PROGRESS_LAG\"], \"channel\": \"webhook\","
                        + " \"address\": \""
                        + receiver.url() + "\"}")).andExpect(status().isCreated());
    }

    private static List<WebhookReceiver.Received> await(WebhookReceiver receiver, int count) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (receiver.received().size() < count && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        Thread.sleep(1500); // anything extra would arrive within the worker's next runs
        return receiver.received();
    }

    @Test
    void anAcknowledgedAlertPastItsDueDateIsEscalatedOnceToTheParentRegionsSubscribers() throws Exception {
        subscribe(OFFICIAL_D1, "d1", district);
        subscribe(OFFICIAL_TOWN_A, "ta", town);
        targets.save(Target.of(YEAR, "ta", "projects_completed", new BigDecimal("12"), null, null, null, null));
        sendFigure("ta", YEAR + "-09", "7", 1);
        // FORECAST_MISS fires beside it (7 by September is on course for 9.3 of 12); this test follows PROGRESS_LAG
        assertThat(published()).filteredOn(e -> e.rule() == AlertRule.PROGRESS_LAG).extracting(AlertEvent::transition)
                .containsExactly(TransitionKind.FIRING);
        mvc.perform(post("/api/v1/alerts/" + ALERT + "/ack").header(HttpHeaders.AUTHORIZATION,
                bearer(OFFICIAL_TOWN_A)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"by\": \"李镇长\", \"note\": \"推进中\", \"actionPlan\": \"每周调度\", \"dueDate\": \""
                        + YEAR + "-10-31\"}")).andExpect(status().isOk());

        int first = escalations.escalateDue();
        List<AlertEvent> escalated = published();
        int second = escalations.escalateDue();

        assertThat(first).isGreaterThanOrEqualTo(1);
        assertThat(second).isZero();
        assertThat(published()).isEmpty();
        assertThat(escalated).filteredOn(e -> e.alertId().equals(ALERT)).singleElement().satisfies(e -> {
            assertThat(e.transition()).isEqualTo(TransitionKind.ESCALATED);
            assertThat(e.state()).isEqualTo(AlertState.FIRING);
            assertThat(e.dueDate()).isEqualTo(YEAR + "-10-31");
        });
        mvc.perform(get("/api/v1/alerts/" + ALERT).param("lang", "zh")
                .header(HttpHeaders.AUTHORIZATION, bearer(OFFICIAL_TOWN_A)))
                .andExpect(jsonPath("$.state").value("FIRING"))
                .andExpect(jsonPath("$.ack.escalatedAt").exists())
                .andExpect(jsonPath("$.history[-1].transition").value("ESCALATED"));
        List<WebhookReceiver.Received> toDistrict = await(district, 2);
        assertThat(toDistrict).hasSize(2);
        assertThat(toDistrict.get(1).body()).contains("\"transition\":\"ESCALATED\"", "\"dueDate\":\"" + YEAR
                + "-10-31\"", "升级 · 黄灯 · 甲镇 · 亿元以上项目竣工", "整改期限 " + YEAR + "-10-31 已过仍未解除");
        assertThat(await(town, 1)).hasSize(1).allSatisfy(r -> assertThat(r.body()).doesNotContain("ESCALATED"));
    }
}
