package io.pacer.alert.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.pacer.alert.text.Lang;
import io.pacer.alert.text.Names;
import io.pacer.events.AlertEvent;
import io.pacer.events.AlertRule;
import io.pacer.events.PacerJson;
import io.pacer.events.Severity;

class NotificationRulesTest {

    private static final Texts ZH = new Texts(Names.wording(), Lang.ZH);
    private static final Texts EN = new Texts(Names.wording(), Lang.EN);

    private static Subscription subscription(Severity min, List<String> indicators, List<AlertRule> rules) {
        return new Subscription("s1", "owner", List.of("d1"), indicators, rules, min, Channel.WEBHOOK,
                "http://localhost/hook", null, Instant.EPOCH);
    }

    private static final Set<String> D1_SUBTREE = Set.of("d1", "gxq", "ta");

    @ParameterizedTest(name = "min {0}: {1} -> {2}")
    @CsvSource({
            "YELLOW, FIRING_YELLOW,   true",
            "RED,    FIRING_YELLOW,   false",
            "RED,    ESCALATED,       true",
            "RED,    DE_ESCALATED,    true",   // heard of it while red: hears it calm down
            "RED,    RESOLVED_YELLOW, false",  // never reached it, so neither does its resolution
            "RED,    RESOLVED_RED,    true",
            "YELLOW, RESOLVED_YELLOW, true",
    })
    void aTransitionReachesWhereItsSeverityWent(Severity min, String kind, boolean reaches) {
        AlertEvent event = switch (kind) {
            case "FIRING_YELLOW" -> Transitions.firing("gxq", "fiscal_revenue", Severity.YELLOW);
            case "ESCALATED" -> Transitions.escalated("gxq", "fiscal_revenue");
            case "DE_ESCALATED" -> Transitions.deEscalated("gxq", "fiscal_revenue");
            case "RESOLVED_YELLOW" -> Transitions.resolved("gxq", "fiscal_revenue", Severity.YELLOW);
            default -> Transitions.resolved("gxq", "fiscal_revenue", Severity.RED);
        };

        assertThat(subscription(min, List.of(), List.of()).matches(event, D1_SUBTREE)).isEqualTo(reaches);
    }

    @Test
    void regionsIndicatorsAndRulesNarrowASubscription() {
        AlertEvent zone = Transitions.firing("gxq", "fiscal_revenue", Severity.RED);
        AlertEvent elsewhere = Transitions.firing("d2town", "fiscal_revenue", Severity.RED);

        assertThat(subscription(Severity.YELLOW, List.of(), List.of()).matches(zone, D1_SUBTREE)).isTrue();
        assertThat(subscription(Severity.YELLOW, List.of(), List.of()).matches(elsewhere, D1_SUBTREE)).isFalse();
        assertThat(subscription(Severity.YELLOW, List.of("energy_use"), List.of()).matches(zone, D1_SUBTREE))
                .isFalse();
        assertThat(subscription(Severity.YELLOW, List.of("fiscal_revenue"), List.of()).matches(zone, D1_SUBTREE))
                .isTrue();
        assertThat(subscription(Severity.YELLOW, List.of(), List.of(AlertRule.RANK_DROP)).matches(zone, D1_SUBTREE))
                .isFalse();
    }

    @Test
    void aSilenceMatchesWhenEveryMatcherEqualsItsLabel() {
        AlertEvent zone = Transitions.firing("gxq", "fiscal_revenue", Severity.RED);
        Silence zoneRevenue = new Silence("x", List.of(new Silence.Matcher("regionId", "gxq"),
                new Silence.Matcher("indicator", "fiscal_revenue")), Instant.MAX, "known", "me", Instant.EPOCH);
        Silence yellowOnly = new Silence("y", List.of(new Silence.Matcher("severity", "YELLOW")), Instant.MAX, "r",
                "me", Instant.EPOCH);
        Silence year = new Silence("z", List.of(new Silence.Matcher("year", "2026")), Instant.EPOCH.plusSeconds(1),
                "r", "me", Instant.EPOCH);

        assertThat(zoneRevenue.silences(zone)).isTrue();
        assertThat(zoneRevenue.silences(Transitions.firing("ta", "fiscal_revenue", Severity.RED))).isFalse();
        assertThat(yellowOnly.silences(zone)).isFalse();
        assertThat(year.silences(zone)).isTrue();
        assertThat(year.activeAt(Instant.EPOCH.plusSeconds(2))).isFalse();
    }

    @Test
    void anEscalationReachesTheParentRegionsSubscribersOnly() {
        AlertEvent escalation = Transitions.escalation("gxq", "projects_completed");

        assertThat(subscription(Severity.YELLOW, List.of(), List.of()).matches(escalation, D1_SUBTREE, "d1"))
                .isTrue();
        assertThat(subscription(Severity.YELLOW, List.of(), List.of()).matches(escalation, Set.of("gxq"), "d1"))
                .isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAnnotationsNameTheRegionAndIndicatorInTheSubscriptionsLanguage() {
        byte[] body = Payloads.body(Channel.WEBHOOK, List.of(Transitions.firing("gxq", "projects_completed",
                Severity.YELLOW)), EN);

        Map<String, Object> alert = ((List<Map<String, Object>>) PacerJson.read(body, Map.class).get("alerts")).get(0);
        assertThat((Map<String, Object>) alert.get("annotations"))
                .containsEntry("summary", "Yellow · High-tech Zone · Projects completed · Behind schedule")
                .containsEntry("message", "High-tech Zone · Projects completed: 58.3% of the annual target, "
                        + "behind the 75.0% expected by now (yellow)");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theWebhookBodyFollowsAlertmanagersShape() {
        byte[] body = Payloads.body(Channel.WEBHOOK, List.of(Transitions.firing("gxq", "projects_completed",
                Severity.YELLOW), Transitions.resolved("ta", "projects_completed", Severity.RED)), ZH);

        Map<String, Object> json = PacerJson.read(body, Map.class);
        List<Map<String, Object>> alerts = (List<Map<String, Object>>) json.get("alerts");
        assertThat(json).containsEntry("version", "1").containsEntry("status", "firing");
        assertThat(alerts).hasSize(2);
        assertThat(alerts.get(0)).containsEntry("status", "firing").containsEntry("endsAt", Payloads.ZERO_TIME)
                .containsEntry("startsAt", "2026-10-16T02:00:00Z").containsEntry("fingerprint", "a-gxq-projects_completed");
        assertThat((Map<String, Object>) alerts.get(0).get("labels")).containsEntry("year", "2026")
                .containsEntry("severity", "YELLOW").containsEntry("rule", "PROGRESS_LAG").doesNotContainKey("entityId");
        assertThat((Map<String, Object>) alerts.get(0).get("values")).containsKeys("progressPct", "expectedPct");
        assertThat(alerts.get(1)).containsEntry("status", "resolved").containsEntry("endsAt", "2026-10-16T02:02:00Z");
    }

    @Test
    void theTopLevelStatusIsResolvedOnlyWhenEveryAlertIs() {
        byte[] body = Payloads.body(Channel.WEBHOOK, List.of(Transitions.resolved("ta", "x", Severity.RED)), ZH);

        assertThat(PacerJson.read(body, Map.class)).containsEntry("status", "resolved");
    }

    @Test
    void robotsGetMarkdown() {
        String dingtalk = new String(Payloads.body(Channel.DINGTALK,
                List.of(Transitions.firing("gxq", "projects_completed", Severity.RED)), ZH), StandardCharsets.UTF_8);
        String wecom = new String(Payloads.body(Channel.WECOM,
                List.of(Transitions.resolved("gxq", "projects_completed", Severity.RED)), ZH), StandardCharsets.UTF_8);
        String english = new String(Payloads.body(Channel.DINGTALK,
                List.of(Transitions.firing("gxq", "projects_completed", Severity.RED)), EN), StandardCharsets.UTF_8);

        assertThat(dingtalk).contains("\"msgtype\":\"markdown\"", "红灯", "高新区 · 亿元以上项目竣工", "进度滞后")
                .doesNotContain("projects_completed", "gxq", "PROGRESS_LAG");
        assertThat(wecom).contains("\"content\"", "已解除", "高新区").doesNotContain("projects_completed");
        assertThat(english).contains("High-tech Zone · Projects completed", "(red)", "Behind schedule")
                .doesNotContain("projects_completed", "红灯");
    }

    @Test
    void theSignatureIsTheHmacSha256OfTheBody() {
        // RFC 4231 test case 2
        assertThat(Signatures.sign("Jefe", "what do ya want for nothing?".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @ParameterizedTest(name = "after {0} failures: {1}")
    @CsvSource({ "1, PT2S", "2, PT4S", "3, PT8S", "6, PT1M4S", "9, PT5M", "40, PT5M" })
    void backoffDoublesUpToItsCap(int failures, Duration wait) {
        assertThat(new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(5)).after(failures)).isEqualTo(wait);
    }
}
