package io.pacer.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
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
    void severitiesOrderFromYellowToRed() {
        assertThat(Severity.RED.atLeast(Severity.YELLOW)).isTrue();
        assertThat(Severity.YELLOW.atLeast(Severity.RED)).isFalse();
        assertThat(Severity.YELLOW.atLeast(null)).isTrue();
    }
}
