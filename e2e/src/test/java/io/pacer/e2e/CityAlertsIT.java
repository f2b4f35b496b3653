package io.pacer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * A whole city's two years at once through the REST batch endpoint (40 towns × 3 indicators × 24 months = 2,880
 * figures), with a target for every town and indicator of the later year: alert-service keeps up, and within 60 s
 * of the last 202 the alerts firing are exactly those this test works out from DESIGN.md's rules.
 * <p>
 * Town t adds {@code a_t} a month in year Y−2 and {@code b_t} in Y−1 (CUMULATIVE figures), so its growth is the
 * same every month and its rank by growth never moves: RANK_DROP never fires, and RANK_BOTTOM is RED for the one
 * town last by growth (last at m, m−1 and m−2). PROGRESS_LAG is judged at December of Y−1 (expected 100 %):
 * the annual target is the year's total times 0.9 (on track), 1.2 (83.3 %: YELLOW) or 2 (50 %: RED). FORECAST_MISS
 * follows it: at December the forecast is the year-to-date.
 */
@ExtendWith(StackExtension.class)
class CityAlertsIT {

    private static final int TOWNS = 40;
    private static final List<String> INDICATORS = List.of("e2c_revenue", "e2c_output", "e2c_investment");
    private static final double[] TARGET_FACTORS = { 0.9, 1.2, 2.0 };

    @Test
    void aCityLoadedAtOnceGetsExactlyTheAlertsItsFiguresCallForWithinAMinute(Stack stack) {
        String admin = stack.adminToken;
        int year = YearMonth.now(ZoneId.of("Asia/Shanghai")).getYear() - 1;
        register(stack, admin);
        Map<String, String> expected = new TreeMap<>();
        for (int i = 0; i < INDICATORS.size(); i++) {
            String indicator = INDICATORS.get(i);
            for (int t = 1; t <= TOWNS; t++) {
                double factor = TARGET_FACTORS[(t + i) % 3];
                long annual = Math.round(12 * b(t, i) * factor);
                Http.send("PUT", stack.alert() + "/api/v1/targets/" + year + "/" + town(t) + "/" + indicator, admin,
                        Map.of("annualTarget", annual)).expect(200, 202);
                double progress = 12.0 * b(t, i) / annual * 100;
                if (100 - progress >= 30) {
                    expected.put("PROGRESS_LAG " + town(t) + " " + indicator, "RED");
                } else if (100 - progress >= 10) {
                    expected.put("PROGRESS_LAG " + town(t) + " " + indicator, "YELLOW");
                }
                // at December the year-end forecast is the year-to-date itself: attainment = progress
                if (progress < 70) {
                    expected.put("FORECAST_MISS " + town(t) + " " + indicator, "RED");
                } else if (progress < 90) {
                    expected.put("FORECAST_MISS " + town(t) + " " + indicator, "YELLOW");
                }
            }
            expected.put("RANK_BOTTOM " + town(lastByGrowth(i)) + " " + indicator, "RED");
        }
        String reporter = Http.send("POST", stack.ingest() + "/api/v1/tokens", admin, Map.of("role", "REPORTER",
                "entityIds", entities())).expect(200, 201).json().get("token").asString();

        List<Map<String, Object>> submissions = new ArrayList<>();
        for (int y = year - 1; y <= year; y++) {
            for (int m = 1; m <= 12; m++) {
                for (int t = 1; t <= TOWNS; t++) {
                    List<Map<String, Object>> figures = new ArrayList<>();
                    for (int i = 0; i < INDICATORS.size(); i++) {
                        long perMonth = y == year ? b(t, i) : a(t, i);
                        figures.add(Map.of("indicator", INDICATORS.get(i), "value", perMonth * m));
                    }
                    submissions.add(Map.of("entityId", entity(t), "period", String.format("%d-%02d", y, m),
                            "figures", figures));
                }
            }
        }
        for (int from = 0; from < submissions.size(); from += 120) {
            Http.send("POST", stack.ingest() + "/api/v1/submissions/batch", reporter,
                    submissions.subList(from, Math.min(submissions.size(), from + 120))).expect(202);
        }
        long lastAccepted = System.nanoTime();

        Map<String, String> firing = Http.await("the city's alerts", Duration.ofSeconds(60), () -> {
            Map<String, String> now = firing(stack, admin);
            return now.equals(expected) ? now : null;
        });
        System.out.printf("e2e: %d figures; the %d expected alerts were firing, and only they, %d ms after the "
                + "last 202%n", submissions.size() * INDICATORS.size(), firing.size(),
                (System.nanoTime() - lastAccepted) / 1_000_000);
        assertThat(firing).isEqualTo(expected);
    }

    /** Growth is (b − a) / a: distinct per town, the lowest for the town this gives. */
    private static long a(int t, int i) {
        return 100 + 3L * t + i;
    }

    private static long b(int t, int i) {
        return a(t, i) + ((t * 7L + i * 11) % TOWNS) + 1;
    }

    private static int lastByGrowth(int i) {
        int last = 1;
        for (int t = 2; t <= TOWNS; t++) {
            if ((double) (b(t, i) - a(t, i)) / a(t, i) < (double) (b(last, i) - a(last, i)) / a(last, i)) {
                last = t;
            }
        }
        return last;
    }

    private static Map<String, String> firing(Stack stack, String admin) {
        Map<String, String> found = new TreeMap<>();
        for (JsonNode alert : Http.get(stack.alert() + "/api/v1/alerts?state=FIRING&region=e2cd", admin)) {
            if (alert.get("rule").asString().equals("MISSING_REPORT")) {
                continue; // judged on an hourly clock for the current year, which this city has no figures of
            }
            found.put(alert.get("rule").asString() + " " + alert.get("regionId").asString() + " "
                    + alert.get("indicator").asString(), alert.get("severity").asString());
        }
        return found;
    }

    private static String town(int t) {
        return String.format("e2ct%02d", t);
    }

    private static String entity(int t) {
        return String.format("e2ce%02d", t);
    }

    private static List<String> entities() {
        List<String> ids = new ArrayList<>();
        for (int t = 1; t <= TOWNS; t++) {
            ids.add(entity(t));
        }
        return ids;
    }

    private static void register(Stack stack, String admin) {
        List<Map<String, Object>> regions = new ArrayList<>();
        regions.add(PipelineIT.region("e2cc", "城市二", "Second City", null, "CITY"));
        regions.add(PipelineIT.region("e2cd", "城二区", "Second District", "e2cc", "DISTRICT"));
        List<Map<String, Object>> entities = new ArrayList<>();
        for (int t = 1; t <= TOWNS; t++) {
            regions.add(PipelineIT.region(town(t), "镇" + t, "Town " + t, "e2cd", "TOWN"));
            entities.add(Map.of("id", entity(t), "name", "单位 " + t, "type", "DEPARTMENT", "regionId", town(t),
                    "indicators", INDICATORS));
        }
        List<Map<String, Object>> indicators = new ArrayList<>();
        for (String code : INDICATORS) {
            indicators.add(Map.of("code", code, "name", code, "nameEn", code, "unit", "万元", "basis", "CUMULATIVE",
                    "better", "HIGHER", "nonNegative", true));
        }
        Http.send("POST", stack.ingest() + "/api/v1/reference", admin,
                Map.of("regions", regions, "indicators", indicators, "entities", entities)).expect(200, 201, 202);
    }
}
