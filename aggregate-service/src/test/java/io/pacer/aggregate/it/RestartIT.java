package io.pacer.aggregate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import io.pacer.aggregate.ledger.Documents;
import io.pacer.aggregate.ledger.FigureStore;
import io.pacer.events.Basis;
import io.pacer.events.Better;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;

/**
 * Stopping and starting the consumers (as a restart or a rebalance does) rebuilds the partitions' state from
 * MongoDB and goes on just past the stored checkpoint: nothing is applied twice, nothing is missed.
 */
class RestartIT extends ServiceIT {

    private static final Duration WAIT = Duration.ofSeconds(40);

    @Autowired
    BindingsLifecycleController bindings;

    private Document stored(String id) {
        return database.getCollection(FigureStore.FIGURES).find(new Document("_id", id)).first();
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
        String t1Feb = Documents.figureId(p + "T1", p + "sales", "2026-02");
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
        String t1Mar = Documents.figureId(p + "T1", p + "sales", "2026-03");
        await().atMost(WAIT).untilAsserted(() -> {
            Document t1 = stored(t1Mar);
            assertThat(t1).isNotNull();
            assertThat(t1.getString("ytd")).isEqualTo("35");
            assertThat(t1.getString("priorYtd")).isEqualTo("20");
            assertThat(t1.getDouble("growthPct")).isEqualTo(75.0);
            assertThat(t1.get("rank", Document.class).getInteger("value")).isEqualTo(2);
            assertThat(stored(Documents.figureId(p + "T2", p + "sales", "2026-03")).getString("ytd"))
                    .isEqualTo("45");
        });
        Document series = database.getCollection("series")
                .find(new Document("_id", p + "e1|" + p + "sales|2026-01")).first();
        assertThat(series.getList("revisions", Document.class)).hasSize(2);
    }
}
