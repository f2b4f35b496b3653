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
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Late reports over REST: a rankings row and a figure count, of their reported units, those whose latest figure
 * of the month came late (summed up the tree through pacer.region-totals); the contributors say which.
 */
class LateIT extends ServiceIT {

    private static final Duration WAIT = Duration.ofSeconds(40);

    @LocalServerPort
    int port;

    @Test
    void rankingsFiguresAndContributorsShowWhichUnitsReportedLate() {
        String p = "l" + UUID.randomUUID().toString().substring(0, 6);
        String token;
        try (Ledger ledger = ledger()) {
            ledger.city(p);
            ledger.indicator(p + "rev", Basis.CUMULATIVE, Better.HIGHER, null);
            for (String[] e : new String[][] {{"e1", "T1"}, {"e2", "T1"}, {"e3", "T2"}, {"e5", "T4"}}) {
                ledger.entity(p + e[0], p + e[1], p + "rev");
            }
            token = ledger.token(Role.STATISTICS, List.of(), List.of());
            ledger.figure(p + "e1", p + "T1", p + "D1", p + "rev", Basis.CUMULATIVE, "2026-02", "10", null, false);
            ledger.figure(p + "e2", p + "T1", p + "D1", p + "rev", Basis.CUMULATIVE, "2026-02", "20", null, true);
            // e3 reported on time, then revised after the deadline: its latest figure decides
            ledger.figure(p + "e3", p + "T2", p + "D1", p + "rev", Basis.CUMULATIVE, "2026-02", "30", null, false);
            ledger.figure(p + "e3", p + "T2", p + "D1", p + "rev", Basis.CUMULATIVE, "2026-02", "31", null, true);
            ledger.figure(p + "e5", p + "T4", p + "D2", p + "rev", Basis.CUMULATIVE, "2026-02", "50", null, false);
        }
        Http http = new Http(port);

        await().atMost(WAIT).untilAsserted(() -> assertThat(rows(http, token, p, "D1"))
                .containsExactly("T2 31 1/1 late 1", "T1 30 2/2 late 1", "T3 _ 0/0 late 0"));
        await().atMost(WAIT).untilAsserted(() -> assertThat(rows(http, token, p, "C"))
                .containsExactly("D1 61 3/3 late 2", "D2 50 1/1 late 0"));
        JsonNode figure = http.get("/api/v1/figures?region=" + p + "T1&indicator=" + p + "rev&period=2026-02", token)
                .body();
        assertThat(figure.get("late").asInt()).isEqualTo(1);

        JsonNode contributors = http.get("/api/v1/figures/contributors?region=" + p + "D1&indicator=" + p
                + "rev&period=2026-02", token).body().get("contributors");
        List<String> late = new ArrayList<>();
        for (JsonNode c : contributors) {
            late.add(c.get("entityId").asString().substring(p.length()) + " " + c.get("late").asBoolean());
        }
        assertThat(late).containsExactly("e3 true", "e2 true", "e1 false");
        JsonNode e3 = contributors.get(0).get("figures").get(0);
        assertThat(e3.get("late").asBoolean()).isTrue();
        assertThat(e3.get("revisions")).extracting(r -> r.get("late").asBoolean()).containsExactly(false, true);
    }

    private static List<String> rows(Http http, String token, String p, String parent) {
        Http.Answer a = http.get("/api/v1/rankings?parent=" + p + parent + "&indicator=" + p
                + "rev&period=2026-02&by=value", token);
        assertThat(a.status()).isEqualTo(200);
        List<String> rows = new ArrayList<>();
        for (JsonNode row : a.body().get("rows")) {
            JsonNode ytd = row.get("ytd");
            rows.add(row.get("regionId").asString().substring(p.length()) + " "
                    + (ytd.isNull() ? "_" : ytd.asString()) + " " + row.get("reported").asInt() + "/"
                    + row.get("expected").asInt() + " late " + row.get("late").asInt());
        }
        return rows;
    }
}
