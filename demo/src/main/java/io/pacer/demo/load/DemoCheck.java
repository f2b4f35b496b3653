package io.pacer.demo.load;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import io.pacer.demo.data.DemoCity;
import io.pacer.demo.data.DemoData;
import tools.jackson.databind.JsonNode;

/**
 * After loading, waits (briefly) until the figures and alerts have flowed through Kafka and shows what whoever
 * opens the dashboard will find: the zone's fiscal revenue at D-02 and its projects_completed alert.
 */
public class DemoCheck {

    private final LoaderConfig config;
    private final RestClient rest;
    private final PrintStream out;

    public DemoCheck(LoaderConfig config, RestClient rest, PrintStream out) {
        this.config = config;
        this.rest = rest;
        this.out = out;
    }

    /** True when both showed up in time. */
    public boolean run(DemoData data, Duration timeout) {
        String period = data.calendar().zoneMonth().toString();
        String figureUrl = config.aggregate() + "/api/v1/figures?region=" + DemoCity.ZONE
                + "&indicator=fiscal_revenue&period=" + period;
        JsonNode figure = await(timeout, () -> {
            JsonNode f = rest.send("GET", figureUrl, config.adminToken(), null, 30);
            return f != null && f.hasNonNull("ytd") && f.get("ytd").decimalValue().compareTo(
                    new java.math.BigDecimal("24600")) == 0 && f.hasNonNull("growthPct") ? f : null;
        });
        if (figure == null) {
            out.println("  check: the zone's fiscal revenue at " + period + " has not reached aggregate-service yet ("
                    + figureUrl + ")");
        } else {
            out.printf("  check: 高新区 fiscal_revenue %s: ytd %s 万元, prior %s, growth %+.1f %%, rank by growth %s%n",
                    period, figure.get("ytd").decimalValue().toPlainString(),
                    figure.get("priorYtd").decimalValue().toPlainString(), figure.get("growthPct").asDouble(),
                    figure.path("rank").path("growth"));
        }
        String alertUrl = config.alert() + "/api/v1/alerts?state=FIRING&region=" + DemoCity.ZONE
                + "&indicator=projects_completed";
        JsonNode alert = await(timeout, () -> {
            JsonNode list = rest.send("GET", alertUrl, config.adminToken(), null, 30);
            if (list != null) {
                for (JsonNode a : list) {
                    if ("PROGRESS_LAG".equals(a.path("rule").asString())) {
                        return a;
                    }
                }
            }
            return null;
        });
        if (alert == null) {
            out.println("  check: no firing PROGRESS_LAG alert for the zone's projects_completed yet (" + alertUrl + ")");
        } else {
            out.printf("  check: alert %s %s %s at %s: progress %.1f %% vs expected %.1f %%%n",
                    alert.path("severity").asString(), alert.path("rule").asString(), "projects_completed",
                    alert.path("period").asString(), alert.path("progressPct").asDouble(),
                    alert.path("expectedPct").asDouble());
        }
        return figure != null && alert != null;
    }

    private static JsonNode await(Duration timeout, Supplier<JsonNode> probe) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            JsonNode found = probe.get();
            if (found != null || Instant.now().isAfter(deadline)) {
                return found;
            }
            RestClient.sleep(Duration.ofSeconds(2));
        }
    }
}
