package io.pacer.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/** The demo loader (its jar, as ./pacer runs it) against the real stack: the speech's numbers come out. */
@ExtendWith(StackExtension.class)
@Order(2)
class DemoIT {

    @BeforeAll
    static void load(Stack stack) {
        stack.loadDemo();
    }

    @Test
    void theHighTechZoneShowsTheSpeechFiscalRevenueAtD02(Stack stack) {
        JsonNode figure = DemoFacts.awaitZoneRevenue(stack);

        assertThat(figure.get("ytd").decimalValue()).isEqualByComparingTo("24600");
        assertThat(figure.get("priorYtd").decimalValue()).isEqualByComparingTo("15452");
        assertThat(figure.get("growthPct").asDouble()).isCloseTo(DemoFacts.ZONE_GROWTH, within(1e-9))
                .isCloseTo(59.2, within(0.05));
    }

    @Test
    void aYellowProgressLagOnProjectsCompletedIsFiringAtTheLatestMonth(Stack stack) {
        JsonNode alert = DemoFacts.awaitCompletionsAlert(stack);

        assertThat(alert.get("severity").asString()).isEqualTo("YELLOW");
        assertThat(alert.get("year").asInt()).isEqualTo(DemoFacts.YEAR);
        // LINEAR schedule at the evaluated month m, and progress from the zone's own figure on aggregate-service
        String period = alert.get("period").asString();
        int month = Integer.parseInt(period.substring(5));
        JsonNode figure = Http.get(stack.aggregate() + "/api/v1/figures?region=" + DemoFacts.ZONE
                + "&indicator=projects_completed&period=" + period, stack.adminToken);
        double progress = figure.get("ytd").asDouble() / 12 * 100;
        assertThat(alert.get("expectedPct").asDouble()).isCloseTo(month / 12.0 * 100, within(1e-9));
        assertThat(alert.get("progressPct").asDouble()).isCloseTo(progress, within(1e-9));
        double gap = alert.get("expectedPct").asDouble() - alert.get("progressPct").asDouble();
        assertThat(gap).as("points behind the LINEAR schedule").isGreaterThanOrEqualTo(10).isLessThan(30);
    }
}
