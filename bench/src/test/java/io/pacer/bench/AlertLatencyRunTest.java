package io.pacer.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.pacer.events.PacerJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AlertLatencyRunTest {

    @Test
    void aPilotsSidesLieTwentyPointsEitherSideOfTheGrowthTarget() {
        JsonNode body = PacerJson.mapper().readTree(AlertLatencyRun.body("bench-e00001", "2026-12",
                List.of("a", "b"), new boolean[] {false, true}));

        assertThat(body.get("figures")).hasSize(2);
        assertThat(growthPct(body.get("figures").get(0))).isCloseTo(27.0, within(1e-6));
        assertThat(growthPct(body.get("figures").get(1))).isCloseTo(-13.0, within(1e-6));
        assertThat(27.0 - Targets.GROWTH_TARGET_PCT.doubleValue()).isEqualTo(20.0);
    }

    @Test
    void oneTransitionIsReadFromAnAlertEvent() {
        byte[] json = ("{\"schemaVersion\":1,\"alertId\":\"x\",\"sequence\":2,\"transition\":\"RESOLVED\","
                + "\"rule\":\"GROWTH_LAG\",\"regionId\":\"bench-t001\",\"indicator\":\"gdp\",\"year\":2026,"
                + "\"entityId\":null,\"period\":\"2026-12\",\"growthPct\":27.0,\"firedAt\":\"2026-12-05T00:00:00Z\"}")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(AlertTransition.read(json))
                .isEqualTo(new AlertTransition("GROWTH_LAG", "bench-t001", "gdp", "2026-12", 27.0));
    }

    @Test
    void thePilotIsEachTownsFirstUnit() {
        CityModel model = CityModel.of(1, 3, 7, 2);

        assertThat(AlertLatencyRun.pilots(model)).containsExactly(
                Map.entry("bench-t001", "bench-e00001"), Map.entry("bench-t002", "bench-e00002"),
                Map.entry("bench-t003", "bench-e00003"));
    }

    private static double growthPct(JsonNode figure) {
        double value = figure.get("value").asDouble();
        double prior = figure.get("priorYearValue").asDouble();
        return (value - prior) / prior * 100;
    }
}
