package io.pacer.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class AlertEventTest {

    @Test
    void anAlertTransitionSurvivesAJsonRoundTripWithItsSchemaVersion() {
        Instant at = Instant.parse("2026-03-10T08:15:30.123Z");
        AlertEvent event = new AlertEvent("a1b2", 2, TransitionKind.SEVERITY_CHANGED, AlertRule.PROGRESS_LAG, "gxq",
                "projects_completed", 2026, null, "2026-06", AlertState.FIRING, Severity.RED, Severity.YELLOW,
                new BigDecimal("16.6666666666666667"), new BigDecimal("50"), null, null, null, null, "behind", at,
                at.plusSeconds(60));

        byte[] json = PacerJson.write(event);

        assertThat(PacerJson.read(json, AlertEvent.class)).isEqualTo(event);
        assertThat(new String(json)).contains("\"schemaVersion\":1", "\"transition\":\"SEVERITY_CHANGED\"");
    }

    @Test
    void aSignToPileTransitionCarriesItsProjectAndAnOlderRecordReadsWithoutOne() {
        Instant at = Instant.parse("2026-04-01T16:05:00Z");
        AlertEvent event = new AlertEvent(1, "c3d4", 1, TransitionKind.FIRING, AlertRule.SIGN_TO_PILE, "gxq",
                "projects_signed", 2026, null, "2026-01", AlertState.FIRING, Severity.YELLOW, null, null, null, null,
                null, null, null, "91 days since signing, no pile", at, at, null, null, null, null, "p-7",
                "智能装备产业园", 91);

        byte[] json = PacerJson.write(event);
        String older = new String(json, StandardCharsets.UTF_8).replace(",\"projectId\":\"p-7\"", "")
                .replace(",\"projectName\":\"智能装备产业园\"", "").replace(",\"daysSinceSigned\":91", "");

        assertThat(PacerJson.read(json, AlertEvent.class)).isEqualTo(event);
        assertThat(new String(json, StandardCharsets.UTF_8)).contains("\"projectId\":\"p-7\"",
                "\"daysSinceSigned\":91");
        assertThat(older).doesNotContain("projectId");
        assertThat(PacerJson.read(older.getBytes(StandardCharsets.UTF_8), AlertEvent.class).projectId()).isNull();
    }

    @Test
    void severitiesOrderFromYellowToRed() {
        assertThat(Severity.RED.atLeast(Severity.YELLOW)).isTrue();
        assertThat(Severity.YELLOW.atLeast(Severity.RED)).isFalse();
        assertThat(Severity.YELLOW.atLeast(null)).isTrue();
    }
}
