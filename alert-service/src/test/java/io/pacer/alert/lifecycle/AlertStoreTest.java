package io.pacer.alert.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.pacer.events.AlertRule;
import io.pacer.events.Severity;
import io.pacer.localstack.SharedMongo;

class AlertStoreTest {

    private static final Instant T0 = Instant.parse("2026-07-16T02:00:00.123Z");
    private static MongoClient client;
    private static AlertStore store;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(SharedMongo.uri());
        MongoDatabase database = client.getDatabase(SharedMongo.uniqueDatabase("alerts"));
        store = new AlertStore(database);
    }

    @AfterAll
    static void close() {
        client.close();
    }

    private static Fingerprint fingerprint(String region) {
        return Fingerprint.of(AlertRule.PROGRESS_LAG, region, "projects_completed", 2026);
    }

    @Test
    void anAlertSurvivesTheRoundTripWithHistoryAckAndOutbox() {
        Fingerprint fp = fingerprint("r1");
        Step fired = AlertLifecycle.apply(null, fp, Verdicts.yellow("35.5"), T0);
        store.save(null, fired.after(), fired.transition());
        AlertStore.Stored stored = store.find(fp.id()).orElseThrow();
        Alert acked = AlertLifecycle.acknowledge(stored.alert(), new Acknowledgement("王主任", "已安排", "每周调度",
                LocalDate.of(2026, 8, 31), T0.plusSeconds(5)));
        store.save(stored, acked, null);

        AlertStore.Stored back = store.find(fp.id()).orElseThrow();

        assertThat(back.alert()).isEqualTo(acked);
        assertThat(back.pending()).hasSize(1);
        assertThat(store.withPending()).contains(fp.id());
        assertThat(store.countFiring(Severity.YELLOW)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void reEvaluatingAStoredAlertWithTheSameVerdictChangesNothing() {
        Fingerprint fp = fingerprint("r2");
        Step fired = AlertLifecycle.apply(null, fp, Verdicts.red("10"), T0);
        store.save(null, fired.after(), fired.transition());

        Step again = AlertLifecycle.apply(store.find(fp.id()).orElseThrow().alert(), fp, Verdicts.red("10"),
                T0.plusSeconds(60));

        assertThat(again.changed()).isFalse();
    }

    @Test
    void aWriterThatReadAnOlderVersionLoses() {
        Fingerprint fp = fingerprint("r3");
        Step fired = AlertLifecycle.apply(null, fp, Verdicts.yellow("35"), T0);
        store.save(null, fired.after(), fired.transition());
        AlertStore.Stored first = store.find(fp.id()).orElseThrow();
        AlertStore.Stored second = store.find(fp.id()).orElseThrow();
        Step red = AlertLifecycle.apply(first.alert(), fp, Verdicts.red("10"), T0.plusSeconds(1));
        store.save(first, red.after(), red.transition());

        Step clear = AlertLifecycle.apply(second.alert(), fp, Verdicts.clear("50"), T0.plusSeconds(2));

        assertThatThrownBy(() -> store.save(second, clear.after(), clear.transition()))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThatThrownBy(() -> store.save(null, fired.after(), fired.transition()))
                .as("a second first write of the same fingerprint").isInstanceOf(ConcurrentUpdateException.class);
        assertThat(store.find(fp.id()).orElseThrow().alert().severity()).isEqualTo(Severity.RED);
    }

    @Test
    void aPublishedTransitionLeavesTheOutboxAndBumpsTheVersion() {
        Fingerprint fp = fingerprint("r4");
        Step fired = AlertLifecycle.apply(null, fp, Verdicts.yellow("35"), T0);
        store.save(null, fired.after(), fired.transition());
        AlertStore.Stored before = store.find(fp.id()).orElseThrow();

        store.published(java.util.Map.of(fp.id(), before), java.util.Map.of(fp.id(), java.util.Set.of(1L)));

        AlertStore.Stored after = store.find(fp.id()).orElseThrow();
        assertThat(after.pending()).isEmpty();
        assertThat(after.version()).isEqualTo(before.version() + 1);
        assertThat(store.withPending()).doesNotContain(fp.id());
        assertThat(store.search(Filters.eq("regionId", "r4"))).extracting(Alert::id).containsExactly(fp.id());
    }

    @Test
    void aBatchWriteReportsOnlyTheAlertsAnotherWriterChanged() {
        Fingerprint a = fingerprint("r5");
        Fingerprint b = fingerprint("r6");
        Step firedA = AlertLifecycle.apply(null, a, Verdicts.yellow("35"), T0);
        Step firedB = AlertLifecycle.apply(null, b, Verdicts.yellow("35"), T0);
        assertThat(store.saveAll(java.util.List.of(new AlertStore.Write(null, firedA.after(), firedA.transition()),
                new AlertStore.Write(null, firedB.after(), firedB.transition())))).isEmpty();
        AlertStore.Stored readA = store.find(a.id()).orElseThrow();
        AlertStore.Stored readB = store.find(b.id()).orElseThrow();
        store.save(readB, readB.alert(), null); // another writer moves b on

        Step redA = AlertLifecycle.apply(readA.alert(), a, Verdicts.red("5"), T0.plusSeconds(60));
        Step redB = AlertLifecycle.apply(readB.alert(), b, Verdicts.red("5"), T0.plusSeconds(60));
        java.util.Set<String> conflicts = store.saveAll(java.util.List.of(
                new AlertStore.Write(readA, redA.after(), redA.transition()),
                new AlertStore.Write(readB, redB.after(), redB.transition())));

        assertThat(conflicts).containsExactly(b.id());
        assertThat(store.find(a.id()).orElseThrow().alert().severity()).isEqualTo(Severity.RED);
        assertThat(store.find(b.id()).orElseThrow().alert().severity()).isEqualTo(Severity.YELLOW);
    }
}
