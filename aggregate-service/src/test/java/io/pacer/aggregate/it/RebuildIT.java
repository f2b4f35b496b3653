package io.pacer.aggregate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import io.pacer.events.Basis;
import io.pacer.events.Better;
import io.pacer.events.Role;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

/** Replaying the ledger from offset 0 gives the same rankings, byte for byte. */
class RebuildIT extends ServiceIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    @Test
    void aRebuildFromOffsetZeroGivesIdenticalRankings() {
        Http http = new Http(port);
        String p = "x" + UUID.randomUUID().toString().substring(0, 6);
        String token;
        int records = 0;
        try (Ledger ledger = ledger()) {
            ledger.city(p);
            ledger.indicator(p + "rev", Basis.CUMULATIVE, Better.HIGHER, null);
            ledger.indicator(p + "sales", Basis.MONTHLY, Better.HIGHER, null);
            String[][] units = {{"e1", "T1"}, {"e2", "T1"}, {"e3", "T2"}, {"e4", "T3"}, {"e5", "T4"}};
            for (String[] u : units) {
                ledger.entity(p + u[0], p + u[1], p + "rev", p + "sales");
            }
            token = ledger.token(Role.STATISTICS, List.of(), List.of());
            Random random = new Random(7);
            for (int i = 0; i < 120; i++) {
                String[] u = units[random.nextInt(units.length)];
                String parent = u[1].equals("T4") ? "D2" : "D1";
                String indicator = random.nextBoolean() ? "rev" : "sales";
                String period = (2025 + random.nextInt(2)) + "-0" + (1 + random.nextInt(4));
                String prior = random.nextInt(4) == 0 ? String.valueOf(random.nextInt(90)) : null;
                ledger.figure(p + u[0], p + u[1], p + parent, p + indicator,
                        indicator.equals("rev") ? Basis.CUMULATIVE : Basis.MONTHLY, period,
                        String.valueOf(random.nextInt(100)), prior);
                records++;
            }
        }
        List<String> queries = new ArrayList<>();
        for (String parent : List.of("D1", "D2", "C")) {
            for (String indicator : List.of("rev", "sales")) {
                for (String by : List.of("value", "growth", "share")) {
                    for (String period : List.of("2026-01", "2026-02", "2026-04", "2025-03")) {
                        queries.add("/api/v1/rankings?parent=" + p + parent + "&indicator=" + p + indicator
                                + "&period=" + period + "&by=" + by);
                    }
                }
            }
        }
        // settled: two reads a second apart agree and the city has figures
        Map<String, String> before = new LinkedHashMap<>();
        await().atMost(WAIT).pollInterval(Duration.ofSeconds(1)).until(() -> {
            Map<String, String> now = read(http, queries, token);
            // a number, not "ytd":null: the city is ranked last (one hop later), so its figures mean the rest is in
            boolean settled = now.equals(before) && now.entrySet().stream()
                    .filter(answer -> answer.getKey().contains("parent=" + p + "C&"))
                    .anyMatch(answer -> answer.getValue().matches("(?s).*\"ytd\":-?\\d.*"));
            before.clear();
            before.putAll(now);
            return settled;
        });
        double appliedBefore = applied(http);

        assertThat(http.post("/api/v1/admin/rebuild", token).status()).isEqualTo(202);

        double replayed = records;
        await().atMost(WAIT).untilAsserted(() -> assertThat(applied(http)).isGreaterThanOrEqualTo(
                appliedBefore + replayed * 0.5));
        await().atMost(WAIT).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(read(http, queries, token)).isEqualTo(before));
    }

    private static Map<String, String> read(Http http, List<String> queries, String token) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String q : queries) {
            Http.Answer a = http.get(q, token);
            answers.put(q, a.status() + " " + a.body());
        }
        return answers;
    }

    private static double applied(Http http) {
        for (String line : http.text("/actuator/prometheus").split("\n")) {
            if (line.startsWith("pacer_figures_applied_total")) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return 0;
    }
}
