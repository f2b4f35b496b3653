package io.pacer.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * ingest → pacer.submissions → aggregate → pacer.figures → alert, all three jars as processes on one real broker.
 * A small district of three towns (ids prefixed "e2e", so the demo's regions never mix in), every expected number
 * worked out by hand from DESIGN.md's rules (see the comments at each assertion).
 */
@ExtendWith(StackExtension.class)
@Order(1)
class PipelineIT {

    private static final String IND = "e2e_revenue";
    private static final int YEAR = 2026;

    @Test
    void submissionsBecomeExactRankingsAndALaggingTargetFiresOnceThenResolvesOnce(Stack stack) throws Exception {
        String admin = stack.adminToken;
        registerDistrict(stack, admin);
        Map<String, String> reporters = new LinkedHashMap<>();
        for (String entity : List.of("e2e-t1-a", "e2e-t2-a", "e2e-t3-a", "e2e-t3-b")) {
            JsonNode token = Http.send("POST", stack.ingest() + "/api/v1/tokens", admin,
                    Map.of("role", "REPORTER", "entityIds", List.of(entity))).expect(200, 201).json();
            reporters.put(entity, token.get("token").asString());
        }

        // CUMULATIVE figures. t1-a also reported January (100, no prior year), so it has a rank at 2026-01.
        submit(stack, reporters, "e2e-t1-a", "2026-01", "100", null);
        submit(stack, reporters, "e2e-t1-a", "2026-02", "300", "200");
        submit(stack, reporters, "e2e-t2-a", "2026-02", "500", "400");
        submit(stack, reporters, "e2e-t3-a", "2026-02", "150", "100");
        submit(stack, reporters, "e2e-t3-b", "2026-02", "50", null); // no prior year: outside t3's comparable set
        long posted = System.nanoTime();

        // by growth at 2026-02: t1 (300-200)/200 = 50 %; t3 comparable set {t3-a}: (150-100)/100 = 50 %; t2 25 %.
        // Ties share rank 1 (competition style, shown by region id), t2 is 3rd. District total 1000 → shares
        // 30 / 20 / 50. No rank by growth at 2026-01 (no prior year then) → rankChange null for all.
        JsonNode growth = awaitRanking(stack, admin, "growth", ranking -> rowsReported(ranking) == 4);
        System.out.printf("e2e: rankings right %d ms after the last 202%n", (System.nanoTime() - posted) / 1_000_000);
        List<JsonNode> rows = rows(growth);
        assertThat(rows).extracting(r -> r.get("regionId").asString()).containsExactly("e2et1", "e2et3", "e2et2");
        assertRow(rows.get(0), 1, null, "300", "200", 50.0, 30.0, 1, 1);
        assertRow(rows.get(1), 1, null, "200", "100", 50.0, 20.0, 2, 2);
        assertRow(rows.get(2), 3, null, "500", "400", 25.0, 50.0, 1, 1);

        // by value: t2 500, t1 300, t3 200. At 2026-01 only t1 had a ytd (rank 1): rankChange 1 - 2 = -1.
        List<JsonNode> byValue = rows(Http.get(rankingUrl(stack, "value", "2026-02"), admin));
        assertThat(byValue).extracting(r -> r.get("regionId").asString()).containsExactly("e2et2", "e2et1", "e2et3");
        assertThat(byValue).extracting(r -> r.get("rank").asInt()).containsExactly(1, 2, 3);
        assertThat(byValue).extracting(r -> r.get("rankChange").isNull() ? null : r.get("rankChange").asInt())
                .containsExactly(null, -1, null);
        // by share: the same order as value (share of the same parent total); t1 had 100 % in January (rank 1).
        List<JsonNode> byShare = rows(Http.get(rankingUrl(stack, "share", "2026-02"), admin));
        assertThat(byShare).extracting(r -> r.get("regionId").asString()).containsExactly("e2et2", "e2et1", "e2et3");
        assertThat(byShare.get(1).get("rankChange").asInt()).isEqualTo(-1);

        // The district: ytd 1000; comparable set {t1-a, t2-a, t3-a}: prior 700, growth (950-700)/700 = 35.714… %;
        // share of the city (its only child) 100 %.
        // The district is ranked one hop later (its totals are re-published on pacer.region-totals), so it may
        // lag the towns' ranking a little: wait for its complete total rather than read it once.
        JsonNode district = Http.await("the district's figure over all its towns", Duration.ofSeconds(60), () -> {
            JsonNode figure = Http.get(stack.aggregate() + "/api/v1/figures?region=e2ed&indicator=" + IND
                    + "&period=2026-02", admin);
            JsonNode ytd = figure.get("ytd");
            return ytd != null && ytd.isNumber() && ytd.decimalValue().compareTo(new BigDecimal("1000")) == 0
                    ? figure : null;
        });
        assertThat(district.get("ytd").decimalValue()).isEqualByComparingTo("1000");
        assertThat(district.get("priorYtd").decimalValue()).isEqualByComparingTo("700");
        assertThat(district.get("growthPct").asDouble()).isCloseTo(250.0 / 700 * 100, within(1e-9));
        assertThat(district.get("sharePct").asDouble()).isCloseTo(100.0, within(1e-9));

        try (WebhookReceiver hook = new WebhookReceiver()) {
            Map<String, Object> subscription = new LinkedHashMap<>();
            subscription.put("regionIds", List.of("e2ed"));
            subscription.put("indicators", List.of(IND));
            subscription.put("rules", List.of("PROGRESS_LAG"));
            subscription.put("minSeverity", "YELLOW");
            subscription.put("channel", "webhook");
            subscription.put("address", hook.url());
            // alert-service learns the admin token from pacer.reference: a 401 just after start-up is expected
            Http.await("subscription accepted", Duration.ofSeconds(60), () -> {
                Http.Answer a = Http.send("POST", stack.alert() + "/api/v1/subscriptions", admin, subscription);
                return a.status() == 401 ? null : a.expect(200, 201);
            });

            // Annual target 6000, LINEAR, evaluated at m = 2: progress 300/6000 = 5 %, expected 2/12 = 16.67 %,
            // gap 11.67 points: ≥ 10 (yellow) and < 30 (red) → YELLOW PROGRESS_LAG.
            Http.send("PUT", stack.alert() + "/api/v1/targets/" + YEAR + "/e2et1/" + IND, admin,
                    Map.of("annualTarget", 6000, "curve", "LINEAR")).expect(200, 201, 202);
            JsonNode alert = Http.await("a FIRING PROGRESS_LAG for e2et1", Duration.ofSeconds(60),
                    () -> progressLag(stack, admin, "FIRING"));
            assertThat(alert.get("severity").asString()).isEqualTo("YELLOW");
            assertThat(alert.get("period").asString()).isEqualTo("2026-02");
            assertThat(alert.get("year").asInt()).isEqualTo(YEAR);
            assertThat(alert.get("progressPct").asDouble()).isCloseTo(5.0, within(1e-9));
            assertThat(alert.get("expectedPct").asDouble()).isCloseTo(200.0 / 12, within(1e-9));

            JsonNode firing = Http.await("the FIRING webhook", Duration.ofSeconds(30),
                    () -> hook.withStatus("firing").isEmpty() ? null : hook.withStatus("firing").get(0));
            JsonNode fired = firing.get("alerts").get(0);
            assertThat(firing.get("version").asString()).isEqualTo("1");
            assertThat(firing.get("alerts")).hasSize(1);
            assertThat(fired.get("status").asString()).isEqualTo("firing");
            assertThat(fired.get("labels").get("rule").asString()).isEqualTo("PROGRESS_LAG");
            assertThat(fired.get("labels").get("regionId").asString()).isEqualTo("e2et1");
            assertThat(fired.get("labels").get("indicator").asString()).isEqualTo(IND);
            assertThat(fired.get("labels").get("year").asString()).isEqualTo("2026");
            assertThat(fired.get("labels").get("severity").asString()).isEqualTo("YELLOW");
            assertThat(fired.get("values").get("progressPct").asDouble()).isCloseTo(5.0, within(1e-9));

            // Catching up: March 1500 → progress 25 %, expected 3/12 = 25 %, gap 0 → RESOLVED.
            submit(stack, reporters, "e2e-t1-a", "2026-03", "1500", "250");
            JsonNode resolvedAlert = Http.await("the PROGRESS_LAG RESOLVED", Duration.ofSeconds(60),
                    () -> progressLag(stack, admin, "RESOLVED"));
            assertThat(resolvedAlert.get("id").asString()).isEqualTo(alert.get("id").asString());
            JsonNode resolved = Http.await("the RESOLVED webhook", Duration.ofSeconds(30),
                    () -> hook.withStatus("resolved").isEmpty() ? null : hook.withStatus("resolved").get(0));
            assertThat(resolved.get("alerts").get(0).get("labels").get("rule").asString()).isEqualTo("PROGRESS_LAG");
            assertThat(resolved.get("alerts").get(0).get("fingerprint").asString())
                    .isEqualTo(fired.get("fingerprint").asString());

            // Nothing more may come: give a duplicate the time a retry would take to show up.
            Http.sleep(3000);
            assertThat(hook.withStatus("firing")).as("FIRING posts: %s", hook.all()).hasSize(1);
            assertThat(hook.withStatus("resolved")).as("RESOLVED posts: %s", hook.all()).hasSize(1);
            assertThat(hook.all()).hasSize(2);
        }
    }

    private static void registerDistrict(Stack stack, String admin) {
        List<Map<String, Object>> regions = new ArrayList<>();
        regions.add(region("e2ec", "端到端市", "E2E City", null, "CITY"));
        regions.add(region("e2ed", "端到端区", "E2E District", "e2ec", "DISTRICT"));
        for (int t = 1; t <= 3; t++) {
            regions.add(region("e2et" + t, "镇" + t, "Town " + t, "e2ed", "TOWN"));
        }
        Map<String, Object> indicator = new LinkedHashMap<>();
        indicator.put("code", IND);
        indicator.put("name", "财政收入");
        indicator.put("nameEn", "Revenue");
        indicator.put("unit", "万元");
        indicator.put("basis", "CUMULATIVE");
        indicator.put("better", "HIGHER");
        indicator.put("nonNegative", true);
        List<Map<String, Object>> entities = new ArrayList<>();
        for (String[] e : new String[][] {{"e2e-t1-a", "e2et1"}, {"e2e-t2-a", "e2et2"}, {"e2e-t3-a", "e2et3"},
                {"e2e-t3-b", "e2et3"}}) {
            entities.add(Map.of("id", e[0], "name", "企业 " + e[0], "type", "ENTERPRISE", "regionId", e[1],
                    "indicators", List.of(IND)));
        }
        Http.send("POST", stack.ingest() + "/api/v1/reference", admin,
                Map.of("regions", regions, "indicators", List.of(indicator), "entities", entities)).expect(200, 201, 202);
    }

    /** A region of the reference upload; other ITs register their own with it. */
    static Map<String, Object> region(String id, String name, String nameEn, String parent, String level) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", id);
        r.put("name", name);
        r.put("nameEn", nameEn);
        r.put("parentId", parent);
        r.put("level", level);
        return r;
    }

    private static void submit(Stack stack, Map<String, String> reporters, String entity, String period, String value,
            String prior) {
        Map<String, Object> figure = new LinkedHashMap<>();
        figure.put("indicator", IND);
        figure.put("value", new BigDecimal(value));
        if (prior != null) {
            figure.put("priorYearValue", new BigDecimal(prior));
        }
        Http.send("POST", stack.ingest() + "/api/v1/submissions", reporters.get(entity),
                Map.of("entityId", entity, "period", period, "figures", List.of(figure))).expect(202);
    }

    private static String rankingUrl(Stack stack, String by, String period) {
        return stack.aggregate() + "/api/v1/rankings?parent=e2ed&indicator=" + IND + "&period=" + period + "&by=" + by;
    }

    private static JsonNode awaitRanking(Stack stack, String admin, String by,
            java.util.function.Predicate<JsonNode> complete) {
        return Http.await("the ranking of e2ed by " + by, Duration.ofSeconds(60), () -> {
            Http.Answer a = Http.send("GET", rankingUrl(stack, by, "2026-02"), admin, null);
            return a.status() == 200 && complete.test(a.json()) ? a.json() : null;
        });
    }

    private static int rowsReported(JsonNode ranking) {
        int reported = 0;
        for (JsonNode row : ranking.get("rows")) {
            reported += row.path("reported").asInt();
        }
        return reported;
    }

    private static List<JsonNode> rows(JsonNode ranking) {
        List<JsonNode> rows = new ArrayList<>();
        ranking.get("rows").forEach(rows::add);
        return rows;
    }

    private static void assertRow(JsonNode row, Integer rank, Integer rankChange, String ytd, String priorYtd,
            double growth, double share, int reported, int expected) {
        String id = row.get("regionId").asString();
        assertThat(row.get("rank").isNull() ? null : row.get("rank").asInt()).as(id + " rank").isEqualTo(rank);
        assertThat(row.get("rankChange").isNull() ? null : row.get("rankChange").asInt()).as(id + " rankChange")
                .isEqualTo(rankChange);
        assertThat(row.get("ytd").decimalValue()).as(id + " ytd").isEqualByComparingTo(ytd);
        assertThat(row.get("priorYtd").decimalValue()).as(id + " priorYtd").isEqualByComparingTo(priorYtd);
        assertThat(row.get("growthPct").asDouble()).as(id + " growthPct").isCloseTo(growth, within(1e-9));
        assertThat(row.get("sharePct").asDouble()).as(id + " sharePct").isCloseTo(share, within(1e-9));
        assertThat(row.get("reported").asInt()).as(id + " reported").isEqualTo(reported);
        assertThat(row.get("expected").asInt()).as(id + " expected").isEqualTo(expected);
    }

    private static JsonNode progressLag(Stack stack, String admin, String state) {
        return stack.progressLagAlert(admin, state, "e2et1", IND);
    }
}
