package io.pacer.aggregate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.pacer.events.Basis;
import io.pacer.events.Better;
import io.pacer.events.Role;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;

/**
 * Stopping and starting the consumers (as a restart or a rebalance does) replays the ledger partitions into memory,
 * quietly up to the stored checkpoint, and goes on from there: nothing is published twice, nothing is missed.
 */
class RestartIT extends ServiceIT {

    private static final Duration WAIT = Duration.ofSeconds(40);

    @Autowired
    BindingsLifecycleController bindings;
    @LocalServerPort
    int port;

    private Document stored(String[] figure) {
        return StoredFigures.find(database, figure[0], figure[1], figure[2]);
    }

    @Test
    void aRestartedConsumerRebuildsFromTheStoreAndContinuesFromItsCheckpoint() {
        String p = "s" + UUID.randomUUID().toString().substring(0, 6);
        try (Ledger ledger = ledger()) {
            ledger.city(p);
            ledger.indicator(p + "sales", Basis.MONTHLY, Better.HIGHER, null);
            ledger.figure(p + "e1", p + "T1", p + "D1", p + "sales", Basis.MONTHLY, "2026-01", "10", "8");
            ledger.figure(p + "e1", p + "T1", p + "D1", p + "sales", Basis.MONTHLY, "2026-02", "20", "12");
            ledger.figure(p + "e2", p + "T2", p + "D1", p + "sales", Basis.MONTHLY, "2026-01", "5", null);
        }
        String[] t1Feb = new String[] {p + "T1", p + "sales", "2026-02"};
        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(stored(t1Feb)).isNotNull();
            assertThat(stored(t1Feb).getString("ytd")).isEqualTo("30");
        });

        bindings.stop("ledger-in-0");
        bindings.start("ledger-in-0");

        try (Ledger ledger = ledger()) {
            // a revision of a month applied before the restart, and a new month
            ledger.figure(p + "e1", p + "T1", p + "D1", p + "sales", Basis.MONTHLY, "2026-01", "15", "8");
            ledger.figure(p + "e2", p + "T2", p + "D1", p + "sales", Basis.MONTHLY, "2026-03", "40", null);
        }
        String[] t1Mar = new String[] {p + "T1", p + "sales", "2026-03"};
        await().atMost(WAIT).untilAsserted(() -> {
            Document t1 = stored(t1Mar);
            assertThat(t1).isNotNull();
            assertThat(t1.getString("ytd")).isEqualTo("35");
            assertThat(t1.getString("priorYtd")).isEqualTo("20");
            assertThat(t1.getDouble("growthPct")).isEqualTo(75.0);
            assertThat(t1.get("rank", Document.class).getInteger("value")).isEqualTo(2);
            assertThat(stored(new String[] {p + "T2", p + "sales", "2026-03"}).getString("ytd"))
                    .isEqualTo("45");
        });
        // the series were replayed from the ledger: the revision made before the restart is still there
        String statistics;
        try (Ledger ledger = ledger()) {
            statistics = ledger.token(Role.STATISTICS, List.of(), List.of());
        }
        await().atMost(WAIT).untilAsserted(() -> {
            Http.Answer a = new Http(port).get("/api/v1/figures/contributors?region=" + p + "T1&indicator=" + p
                    + "sales&period=2026-03", statistics);
            assertThat(a.status()).isEqualTo(200);
            JsonNode january = a.body().get("contributors").get(0).get("figures").get(0);
            assertThat(january.get("value").asString()).isEqualTo("15");
            assertThat(january.get("revisions")).hasSize(2);
        });
    }
}
