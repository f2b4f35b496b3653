package io.pacer.e2e;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;

import tools.jackson.databind.JsonNode;

/** What the demo must show (DESIGN.md "Demo data"), and waiting for it to flow through the stack. */
final class DemoFacts {

    static final String DISTRICT = "nanhu";
    static final String ZONE = "nanhu-hitech";
    /** The demo year D: the year of the month two months before today, Asia/Shanghai (DESIGN.md). */
    static final int YEAR = YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(2).getYear();
    static final String ZONE_MONTH = YEAR + "-02";
    static final BigDecimal ZONE_REVENUE = new BigDecimal("24600");
    static final BigDecimal ZONE_REVENUE_PRIOR = new BigDecimal("15452");
    /** (24600 − 15452) / 15452 × 100 = 59.20269… */
    static final double ZONE_GROWTH = (24600.0 - 15452.0) / 15452.0 * 100;

    private DemoFacts() {
    }

    /** The zone's fiscal_revenue figure at D-02 once it has reached aggregate-service with its prior year. */
    static JsonNode awaitZoneRevenue(Stack stack) {
        String url = stack.aggregate() + "/api/v1/figures?region=" + ZONE + "&indicator=fiscal_revenue&period="
                + ZONE_MONTH;
        return Http.await("the zone's fiscal_revenue at " + ZONE_MONTH, Duration.ofSeconds(120), () -> {
            Http.Answer a = Http.send("GET", url, stack.adminToken, null);
            if (a.status() != 200) {
                return null;
            }
            JsonNode f = a.json();
            return f.hasNonNull("ytd") && f.get("ytd").decimalValue().compareTo(ZONE_REVENUE) == 0
                    && f.hasNonNull("priorYtd") && f.get("priorYtd").decimalValue().compareTo(ZONE_REVENUE_PRIOR) == 0
                    ? f : null;
        });
    }

    /** The zone's firing PROGRESS_LAG alert on projects_completed. */
    static JsonNode awaitCompletionsAlert(Stack stack) {
        return Http.await("a FIRING PROGRESS_LAG on the zone's projects_completed", Duration.ofSeconds(120),
                () -> completionsAlert(stack));
    }

    static JsonNode completionsAlert(Stack stack) {
        return stack.progressLagAlert(stack.adminToken, "FIRING", ZONE, "projects_completed");
    }
}
