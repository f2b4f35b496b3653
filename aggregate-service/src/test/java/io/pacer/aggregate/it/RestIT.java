package io.pacer.aggregate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.pacer.events.Basis;
import io.pacer.events.Better;
import io.pacer.events.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

/** Rankings, figures and contributors over REST, with the token checks, on the same context as AggregateIT. */
class RestIT extends ServiceIT {

    private static final Duration WAIT = Duration.ofSeconds(40);
    private static String p;
    private static String statistics;
    private static String officialD1;
    private static String reporterE1;
    private static List<String> submissions = new ArrayList<>();

    @LocalServerPort
    int port;

    Http http() {
        return new Http(port);
    }

    /** Three towns of D1 and one of D2; T3 has a registered unit that never reports. */
    @BeforeEach
    void publishTheLedger() {
        synchronized (RestIT.class) {
            if (p != null) {
                return;
            }
            p = "r" + UUID.randomUUID().toString().substring(0, 6);
            try (Ledger ledger = ledger()) {
                ledger.city(p);
                ledger.indicator(p + "rev", Basis.CUMULATIVE, Better.HIGHER, null);
                ledger.indicator(p + "energy", Basis.MONTHLY, Better.LOWER, null);
                ledger.entity(p + "e1", p + "T1", p + "rev", p + "energy");
                ledger.entity(p + "e2", p + "T1", p + "rev");
                ledger.entity(p + "e3", p + "T2", p + "rev", p + "energy");
                ledger.entity(p + "e4", p + "T3", p + "rev");
                ledger.entity(p + "e5", p + "T4", p + "rev");
                statistics = ledger.token(Role.STATISTICS, List.of(), List.of());
                officialD1 = ledger.token(Role.OFFICIAL, List.of(), List.of(p + "D1"));
                reporterE1 = ledger.token(Role.REPORTER, List.of(p + "e1"), List.of());
                // T1: e1 +50 % (100 → 150), e2 new (no prior); T2: e3 +10 % (200 → 220), Feb revised up
                submissions.add(fig(ledger, "e1", "T1", "D1", "rev", "2025-01", "100", null));
                submissions.add(fig(ledger, "e1", "T1", "D1", "rev", "2026-01", "150", null));
                submissions.add(fig(ledger, "e2", "T1", "D1", "rev", "2026-01", "50", null));
                submissions.add(fig(ledger, "e3", "T2", "D1", "rev", "2026-01", "220", "200"));
                submissions.add(fig(ledger, "e3", "T2", "D1", "rev", "2026-02", "300", "260"));
                submissions.add(fig(ledger, "e3", "T2", "D1", "rev", "2026-02", "330", "260"));
                submissions.add(fig(ledger, "e5", "T4", "D2", "rev", "2026-01", "80", "100"));
                submissions.add(fig(ledger, "e1", "T1", "D1", "energy", "2026-01", "30", "20"));
                submissions.add(fig(ledger, "e3", "T2", "D1", "energy", "2026-01", "10", "20"));
            }
        }
    }

    private String fig(Ledger ledger, String e, String t, String d, String i, String period, String v, String prior) {
        return ledger.figure(p + e, p + t, p + d, p + i, Basis.valueOf(i.equals("energy") ? "MONTHLY" : "CUMULATIVE"),
                period, v, prior);
    }

    private JsonNode ranking(String parent, String indicator, String period, String by) {
        Http.Answer a = http().get("/api/v1/rankings?parent=" + p + parent + "&indicator=" + p + indicator
                + "&period=" + period + "&by=" + by, statistics);
        assertThat(a.status()).isEqualTo(200);
        return a.body();
    }

    private static String rows(JsonNode ranking) {
        List<String> rows = new ArrayList<>();
        for (JsonNode row : ranking.get("rows")) {
            rows.add(row.get("regionId").asString().substring(p.length()) + ":" + text(row.get("rank")) + ":"
                    + text(row.get("ytd")) + ":" + rounded(row.get("growthPct")) + ":" + row.get("reported").asInt()
                    + "/" + row.get("expected").asInt());
        }
        return String.join(" ", rows);
    }

    /** Growth to 6 decimals, for comparing only: the service serves it unrounded. */
    private static String rounded(JsonNode n) {
        return n == null || n.isNull() ? "_" : String.format(java.util.Locale.ROOT, "%.6f", n.asDouble());
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? "_" : n.asString();
    }

    @Test
    void rankingsByValueGrowthAndShareListEveryChildInRankOrder() {
        await().atMost(WAIT).untilAsserted(() -> assertThat(rows(ranking("D1", "rev", "2026-02", "value")))
                .isEqualTo("T2:1:330:26.923077:1/1 T1:2:200:50.000000:0/2 T3:_:_:_:0/1"));
        assertThat(rows(ranking("D1", "rev", "2026-02", "growth")))
                .isEqualTo("T1:1:200:50.000000:0/2 T2:2:330:26.923077:1/1 T3:_:_:_:0/1");
        JsonNode jan = ranking("D1", "rev", "2026-01", "growth");
        assertThat(rows(jan)).isEqualTo("T1:1:200:50.000000:2/2 T2:2:220:10.000000:1/1 T3:_:_:_:0/1");
        assertThat(jan.get("rows").get(0).get("rankChange").isNull()).as("January has no rank change").isTrue();
        JsonNode feb = ranking("D1", "rev", "2026-02", "value");
        assertThat(feb.get("rows").get(0).get("rankChange").asInt()).isEqualTo(0);
        assertThat(feb.get("rows").get(0).get("sharePct").asDouble()).isEqualTo(330.0 / 530 * 100);
        assertThat(feb.get("rows").get(0).get("regionName").asString()).isEqualTo("镇T2");
        assertThat(feb.get("rows").get(0).get("ytd").isNumber()).as("values are JSON numbers").isTrue();
        assertThat(feb.get("rows").get(0).get("growthPct").isNumber()).isTrue();
        assertThat(feb.get("period").asString()).isEqualTo("2026-02");
        // lower is better: the town whose energy use fell ranks first
        await().atMost(WAIT).untilAsserted(() -> assertThat(rows(ranking("D1", "energy", "2026-01", "growth")))
                .isEqualTo("T2:1:10:-50.000000:1/1 T1:2:30:50.000000:1/1 T3:_:_:_:0/0"));
        // the city ranks its districts over all their units
        await().atMost(WAIT).untilAsserted(() -> assertThat(rows(ranking("C", "rev", "2026-01", "growth")))
                .isEqualTo("D1:1:420:23.333333:3/4 D2:2:80:-20.000000:1/1"));
    }

    @Test
    void aFigureAndTheUnitsBehindItWithTheirSubmissionsAndRevisions() {
        await().atMost(WAIT).untilAsserted(() -> assertThat(
                http().get("/api/v1/figures?region=" + p + "T2&indicator=" + p + "rev&period=2026-02", statistics)
                        .body().get("ytd").asString()).isEqualTo("330"));
        JsonNode figure = http().get("/api/v1/figures?region=" + p + "T2&indicator=" + p + "rev&period=2026-02",
                statistics).body();
        assertThat(figure.get("parentId").asString()).isEqualTo(p + "D1");
        assertThat(figure.get("rank").get("value").asInt()).isEqualTo(1);
        JsonNode c = http().get("/api/v1/figures/contributors?region=" + p + "D1&indicator=" + p
                + "rev&period=2026-02", statistics).body();
        assertThat(c.get("ytd").asString()).isEqualTo("530");
        JsonNode first = c.get("contributors").get(0);
        assertThat(first.get("entityId").asString()).isEqualTo(p + "e3");
        assertThat(first.get("ytd").asString()).isEqualTo("330");
        assertThat(first.get("priorYtd").asString()).isEqualTo("260");
        JsonNode febFigure = first.get("figures").get(1);
        assertThat(febFigure.get("submissionId").asString()).isEqualTo(submissions.get(5));
        assertThat(febFigure.get("revisions")).hasSize(2);
        assertThat(c.get("contributors")).hasSize(3);
    }

    @ParameterizedTest(name = "{0} → {1} on {2}")
    @CsvSource(delimiter = '|', textBlock = """
            /api/v1/rankings?parent=@D1&indicator=@rev&period=2026-13&by=value              | 400 | period
            /api/v1/rankings?parent=@D1&indicator=@rev&period=26-01&by=value                | 400 | period
            /api/v1/rankings?parent=@D1&indicator=@rev&period=2026-01&by=size               | 400 | by
            /api/v1/rankings?parent=@nowhere&indicator=@rev&period=2026-01&by=value         | 404 | parent
            /api/v1/rankings?parent=@D1&indicator=@nothing&period=2026-01&by=value          | 404 | indicator
            /api/v1/figures?region=@nowhere&indicator=@rev&period=2026-01                   | 404 | region
            /api/v1/figures?region=@T1&indicator=@rev&period=2026-1                         | 400 | period
            /api/v1/figures/contributors?region=@T1&indicator=@nothing&period=2026-01       | 404 | indicator
            """)
    void badQueriesAreProblemsNamingTheField(String path, int status, String field) {
        await().atMost(WAIT).until(() -> http().get("/api/v1/rankings?parent=" + p + "D1&indicator=" + p
                + "rev&period=2026-01", statistics).status() == 200);
        Http.Answer a = http().get(path.replace("@", p), statistics);
        assertThat(a.status()).isEqualTo(status);
        assertThat(a.contentType()).startsWith("application/problem+json");
        assertThat(a.body().get("errors").get(0).get("field").asString()).isEqualTo(field);
    }

    @ParameterizedTest(name = "{0} reads {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            none      | /api/v1/rankings?parent=@D1&indicator=@rev&period=2026-01              | 401
            official  | /api/v1/rankings?parent=@D1&indicator=@rev&period=2026-01              | 200
            official  | /api/v1/rankings?parent=@C&indicator=@rev&period=2026-01               | 200
            official  | /api/v1/rankings?parent=@D2&indicator=@rev&period=2026-01              | 403
            official  | /api/v1/figures/contributors?region=@T1&indicator=@rev&period=2026-01  | 200
            official  | /api/v1/figures/contributors?region=@T4&indicator=@rev&period=2026-01  | 403
            reporter  | /api/v1/rankings?parent=@D1&indicator=@rev&period=2026-01              | 200
            reporter  | /api/v1/rankings?parent=@C&indicator=@rev&period=2026-01               | 200
            reporter  | /api/v1/rankings?parent=@D2&indicator=@rev&period=2026-01              | 403
            reporter  | /api/v1/figures?region=@T2&indicator=@rev&period=2026-01               | 200
            reporter  | /api/v1/figures?region=@T4&indicator=@rev&period=2026-01               | 403
            reporter  | /api/v1/figures/contributors?region=@T1&indicator=@rev&period=2026-01  | 403
            reporter  | /api/v1/admin/rebuild                                                  | 403
            """)
    void everyReadChecksTheTokensRoleAndRegions(String who, String path, int status) {
        String token = switch (who) {
            case "official" -> officialD1;
            case "reporter" -> reporterE1;
            default -> null;
        };
        await().atMost(WAIT).until(() -> http().get("/api/v1/rankings?parent=" + p + "D1&indicator=" + p
                + "rev&period=2026-01", token == null ? statistics : token).status() != 401);
        // the registers reach the service on several partitions: wait for the answer rather than race them
        await().atMost(WAIT).untilAsserted(() -> {
            Http.Answer a = path.contains("admin") ? http().post(path, token)
                    : http().get(path.replace("@", p), token);
            assertThat(a.status()).isEqualTo(status);
            if (status >= 400) {
                assertThat(a.contentType()).startsWith("application/problem+json");
            }
        });
    }

    @Test
    void readinessAndMetricsAreOpenWithoutAToken() {
        await().atMost(WAIT).untilAsserted(() -> {
            Http.Answer ready = http().get("/actuator/health/readiness", null);
            assertThat(ready.status()).isEqualTo(200);
            assertThat(ready.body().get("status").asString()).isEqualTo("UP");
        });
        // the dashboard's page and its chart library load without a token
        assertThat(http().status("/")).isEqualTo(200);
        assertThat(http().status("/webjars/echarts/5.3.1/dist/echarts.min.js")).isEqualTo(200);
        await().atMost(WAIT).untilAsserted(() -> assertThat(http().text("/actuator/prometheus"))
                .contains("pacer_figures_applied_total").contains("pacer_aggregate_batch_seconds"));
    }

    @Test
    void theDashboardTakesTheOtherServicesAddressesOnlyFromItsServerAndLimitsWhatItsPagesMayLoad() {
        Http.Answer config = http().get("/dashboard/config", null);
        assertThat(config.status()).isEqualTo(200);
        assertThat(config.body().get("alertUrl").asString()).isEqualTo("http://localhost:8083");
        assertThat(config.body().get("ingestUrl").asString()).isEqualTo("http://localhost:8081");
        // a link can no longer point the page (and the token) at another host
        assertThat(http().text("/assets/api.js")).doesNotContain("location.search").doesNotContain("localStorage");
        assertThat(http().header("/?alert=http://evil.example", "Content-Security-Policy"))
                .contains("script-src 'self';")
                .contains("connect-src 'self' http://localhost:8083 http://localhost:8081;")
                .contains("frame-ancestors 'none'").doesNotContain("evil");
    }
}
