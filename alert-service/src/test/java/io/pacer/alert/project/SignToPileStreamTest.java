package io.pacer.alert.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.support.KafkaNull;
import org.springframework.messaging.support.MessageBuilder;

import io.pacer.alert.ServiceTest;
import io.pacer.alert.notify.WebhookReceiver;
import io.pacer.alert.position.LedgerOwnership;
import io.pacer.events.AlertEvent;
import io.pacer.events.AlertRule;
import io.pacer.events.AlertState;
import io.pacer.events.Basis;
import io.pacer.events.Better;
import io.pacer.events.Indicator;
import io.pacer.events.PacerJson;
import io.pacer.events.ProjectRecord;
import io.pacer.events.Severity;
import io.pacer.events.Topics;
import io.pacer.events.TransitionKind;

/**
 * SIGN_TO_PILE through the whole service: projects on pacer.projects, the daily check (given a day), pacer.alerts,
 * the alerts API and a subscription filtered to the rule.
 */
class SignToPileStreamTest extends ServiceTest {

    @Autowired
    SignToPileChecks checks;
    @Autowired
    LedgerOwnership ownership;
    private WebhookReceiver pile;
    private WebhookReceiver progress;

    @BeforeEach
    void indicatorAndReceivers() throws Exception {
        sendReference(new Indicator("projects_signed", "新签约项目", "Projects signed", "个", Basis.CUMULATIVE,
                Better.HIGHER, null, true));
        pile = new WebhookReceiver();
        progress = new WebhookReceiver();
    }

    @AfterEach
    void close() {
        pile.close();
        progress.close();
    }

    private void send(ProjectRecord project) {
        input.send(MessageBuilder.withPayload(PacerJson.write(project))
                .setHeader(KafkaHeaders.RECEIVED_KEY, project.id().getBytes(StandardCharsets.UTF_8)).build(),
                Topics.PROJECTS);
    }

    private void delete(String id) {
        input.send(MessageBuilder.withPayload(KafkaNull.INSTANCE)
                .setHeader(KafkaHeaders.RECEIVED_KEY, id.getBytes(StandardCharsets.UTF_8)).build(), Topics.PROJECTS);
    }

    private List<AlertEvent> publishedFor(String projectId) {
        return published().stream().filter(e -> projectId.equals(e.projectId())).toList();
    }

    private void subscribe(String rule, WebhookReceiver receiver) throws Exception {
        mvc.perform(post("/api/v1/subscriptions").header(HttpHeaders.AUTHORIZATION, bearer(OFFICIAL_D1))
                .contentType(MediaType.APPLICATION_JSON).content("{\"regionIds\": [\"d1\"], \"rules\": [\"" + rule
                        + "\"], \"channel\": \"webhook\", \"address\": \"" + receiver.url() + "\"}"))
                .andExpect(status().isCreated());
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
    void anOverdueProjectFiresYellowThenRedOnTheDailyCheckAndResolvesWhenItsPileArrives() throws Exception {
        subscribe("SIGN_TO_PILE", pile);
        subscribe("PROGRESS_LAG", progress);
        LocalDate today = checks.today();
        ProjectRecord project = Projects.signed("p-overdue", "gxq", today.minusDays(100));

        send(project);
        List<AlertEvent> onArrival = publishedFor("p-overdue");
        checks.checkAll(today);
        List<AlertEvent> sameDay = publishedFor("p-overdue");
        checks.checkAll(today.plusDays(36));
        List<AlertEvent> day136 = publishedFor("p-overdue");
        checks.checkAll(today.plusDays(37));
        List<AlertEvent> day137 = publishedFor("p-overdue");
        send(Projects.piled(project, today));
        List<AlertEvent> piled = publishedFor("p-overdue");

        assertThat(onArrival).singleElement().satisfies(e -> {
            assertThat(e.rule()).isEqualTo(AlertRule.SIGN_TO_PILE);
            assertThat(e.transition()).isEqualTo(TransitionKind.FIRING);
            assertThat(e.severity()).isEqualTo(Severity.YELLOW);
            assertThat(e.regionId()).isEqualTo("gxq");
            assertThat(e.indicator()).isEqualTo("projects_signed");
            assertThat(e.year()).isEqualTo(today.minusDays(100).getYear());
            assertThat(e.daysSinceSigned()).isEqualTo(100);
            assertThat(e.projectName()).isEqualTo("项目p-overdue");
        });
        assertThat(sameDay).as("nothing new to say").isEmpty();
        assertThat(day136).singleElement().satisfies(e -> {
            assertThat(e.transition()).isEqualTo(TransitionKind.SEVERITY_CHANGED);
            assertThat(e.severity()).isEqualTo(Severity.RED);
            assertThat(e.daysSinceSigned()).isEqualTo(136);
        });
        assertThat(day137).isEmpty();
        assertThat(piled).singleElement().satisfies(e -> {
            assertThat(e.state()).isEqualTo(AlertState.RESOLVED);
            assertThat(e.alertId()).isEqualTo(onArrival.get(0).alertId());
        });
        List<WebhookReceiver.Received> received = await(pile, 3);
        assertThat(received).hasSize(3);
        assertThat(received.get(0).body()).contains("\"projectId\":\"p-overdue\"",
                "高新区 · 新签约项目 · 项目p-overdue：签约已 100 天，仍未打桩（黄灯）");
        assertThat(received.get(1).body()).contains("签约已 136 天，仍未打桩（红灯）");
        assertThat(received.get(2).body()).contains("\"status\":\"resolved\"");
        assertThat(progress.received()).as("a subscription to another rule hears nothing").isEmpty();
    }

    @Test
    void aProjectIsJudgedOnlyByTheInstanceOwningItsRegionsLedgerPartitionAndAtOnceWhenItComesToOwnIt() {
        LocalDate today = checks.today();
        int gxq = partitionOf("gxq", 2);
        ownership.owned(Set.of(1 - gxq), 2);

        send(Projects.signed("p-elsewhere", "gxq", today.minusDays(100)));
        List<AlertEvent> onArrival = publishedFor("p-elsewhere");
        checks.checkAll(today);
        List<AlertEvent> onTheClock = publishedFor("p-elsewhere");
        ownership.owned(Set.of(gxq), 2);
        checks.checkAll(today);
        List<AlertEvent> owned = publishedFor("p-elsewhere");

        assertThat(onArrival).as("another instance owns gxq's partition").isEmpty();
        assertThat(onTheClock).isEmpty();
        assertThat(owned).singleElement().satisfies(e -> {
            assertThat(e.transition()).isEqualTo(TransitionKind.FIRING);
            assertThat(e.daysSinceSigned()).isEqualTo(100);
        });
    }

    private static int partitionOf(String key, int count) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % count;
    }

    @Test
    void aDeletedProjectsAlertResolvesAndTheAlertsApiShowsTheProject() throws Exception {
        LocalDate today = checks.today();
        send(Projects.signed("p-deleted", "ta", today.minusDays(140)));
        AlertEvent fired = publishedFor("p-deleted").get(0);

        mvc.perform(get("/api/v1/alerts/" + fired.alertId()).param("lang", "en")
                .header(HttpHeaders.AUTHORIZATION, bearer(OFFICIAL_TOWN_A)))
                .andExpect(jsonPath("$.rule").value("SIGN_TO_PILE"))
                .andExpect(jsonPath("$.severity").value("RED"))
                .andExpect(jsonPath("$.projectId").value("p-deleted"))
                .andExpect(jsonPath("$.projectName").value("项目p-deleted"))
                .andExpect(jsonPath("$.daysSinceSigned").value(140))
                .andExpect(jsonPath("$.message").value(
                        "Town A · Projects signed · 项目p-deleted: signed 140 days ago, no pile yet (red)"));
        delete("p-deleted");

        assertThat(publishedFor("p-deleted")).singleElement().satisfies(e -> {
            assertThat(e.state()).isEqualTo(AlertState.RESOLVED);
            assertThat(e.daysSinceSigned()).as("as it last showed").isEqualTo(140);
        });
        checks.checkAll(today.plusDays(1));
        assertThat(publishedFor("p-deleted")).isEmpty();
    }

    @Test
    void aProjectWithinNinetyDaysOrAlreadyPiledFiresNothing() {
        LocalDate today = checks.today();
        send(Projects.signed("p-fresh", "tb", today.minusDays(90)));
        send(Projects.piled(Projects.signed("p-piled", "tb", today.minusDays(300)), today.minusDays(200)));

        assertThat(published()).filteredOn(e -> e.projectId() != null && e.projectId().startsWith("p-fresh")
                || "p-piled".equals(e.projectId())).isEmpty();
    }

    @Test
    void aProjectMovedToAnotherRegionResolvesTheOldAlertAndFiresTheNewOne() {
        LocalDate today = checks.today();
        ProjectRecord project = Projects.signed("p-moved", "ta", today.minusDays(95));
        send(project);
        AlertEvent first = publishedFor("p-moved").get(0);

        send(Projects.movedTo(project, "tb"));

        assertThat(publishedFor("p-moved")).extracting(e -> e.regionId() + " " + e.transition())
                .containsExactlyInAnyOrder("ta RESOLVED", "tb FIRING");
        assertThat(first.regionId()).isEqualTo("ta");
    }

    @Test
    void twoProjectsOfOneRegionAndYearAreTwoAlerts() {
        LocalDate signed = checks.today().minusDays(120);
        send(Projects.signed("p-twin-1", "gxq", signed));
        send(Projects.signed("p-twin-2", "gxq", signed));

        assertThat(published()).filteredOn(e -> e.projectId() != null && e.projectId().startsWith("p-twin"))
                .extracting(AlertEvent::alertId).doesNotHaveDuplicates().hasSize(2);
    }
}
