package io.pacer.ingest.it;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.pacer.events.Basis;
import io.pacer.events.SubmissionRecord;
import org.springframework.beans.factory.annotation.Autowired;

import static io.pacer.ingest.it.Fixture.submission;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A department system publishing to pacer.inbox: what reaches the ledger, what is rejected to pacer.inbox.rejected
 * and with which status and reasons, compared with what the same submission gets over HTTP.
 */
class InboxIT extends IngestITBase {

    private static InboxClient inbox;

    @Autowired
    private MeterRegistry meters;

    @BeforeEach
    void inbox() {
        if (inbox == null) {
            inbox = new InboxClient(brokers);
        }
        inbox.mark();
    }

    @AfterAll
    static void closeInbox() {
        if (inbox != null) {
            inbox.close();
            inbox = null;
        }
    }

    private static String key() {
        return InboxClient.newKey();
    }

    private static void send(String key, String token, String value) {
        inbox.send(key, token, value);
    }

    private static JsonNode rejection(String key) {
        return inbox.rejection(key);
    }

    private double inboxCount(String outcome) {
        return meters.counter("pacer.inbox.records", "outcome", outcome).count();
    }

    private static String submissionId(String entityId, String key) {
        return InboxClient.submissionId(entityId, key);
    }

    @Test
    void anAcceptedRecordReachesTheLedgerWithTheFieldsHttpGivesAndItsNoteReachesTheHistory() {
        LedgerReader ledger = ledger();
        String key = key();
        String id = submissionId("e1", key);

        send(key, fixture.e1, "{\"entityId\":\"e1\",\"period\":\"2023-03\",\"note\":\"1-2月\",\"figures\":["
                + "{\"indicator\":\"fiscal_revenue\",\"value\":24600.50,\"priorYearValue\":15452},"
                + "{\"indicator\":\"industrial_va\",\"value\":3e2}]}");

        List<LedgerReader.Entry> published = ledger.readAll(r -> r.indicator().equals("industrial_va")
                && r.submissionId().equals(id));
        assertThat(published).hasSize(2);
        assertThat(published).extracting(LedgerReader.Entry::key).containsOnly("d1");
        assertThat(published.get(0).record()).isEqualTo(new SubmissionRecord(id, "e1", "t1", "d1", "fiscal_revenue",
                Basis.CUMULATIVE, "2023-03", new BigDecimal("24600.50"), new BigDecimal("15452"), IngestITBase.NOW,
                List.of(), true)); // 2023-03 was due by 2023-04-15: late, as over HTTP
        assertThat(published.get(1).record().value()).isEqualByComparingTo("300");
        JsonNode history = awaitHistory("e1", "2023-03", id);
        assertThat(history.get("note").asString()).isEqualTo("1-2月");
    }

    @Test
    void aRuleViolationIsRejectedWith422AndTheFieldsAndMessagesHttpGives() {
        String bad = "{\"entityId\":\"e1\",\"period\":\"2027-01\",\"figures\":[{\"indicator\":\"fiscal_revenue\","
                + "\"value\":-1},{\"indicator\":\"gdp\",\"value\":1}]}";
        Http.Response overHttp = http.postJson("/api/v1/submissions", fixture.e1, bad);
        String key = key();

        send(key, fixture.e1, bad);

        assertThat(overHttp.status()).isEqualTo(422);
        JsonNode rejection = rejection(key);
        assertThat(rejection.get("status").asInt()).isEqualTo(422);
        assertThat(rejection.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(rejection.get("key").asString()).isEqualTo(key);
        assertThat(rejection.get("inboxPartition").asInt()).isZero();
        assertThat(rejection.get("inboxOffset").isNumber()).isTrue();
        assertThat(rejection.get("errors")).isEqualTo(overHttp.json().get("errors"));
        assertThat(rejection.get("errors")).hasSize(3);
    }

    @Test
    void anUnknownTokenIsRejectedWith401() {
        String key = key();

        send(key, "not-a-token", submission("e1", "2023-04", "fiscal_revenue", "1"));

        JsonNode rejection = rejection(key);
        assertThat(rejection.get("status").asInt()).isEqualTo(401);
        assertThat(rejection.get("errors").get(0).get("field").asString()).isEqualTo("pacer-token");
    }

    @Test
    void anotherReportersEntityIsRejectedWith403AsOverHttp() {
        String body = submission("e1", "2023-04", "fiscal_revenue", "1");
        Http.Response overHttp = http.postJson("/api/v1/submissions", fixture.e2, body);
        String key = key();

        send(key, fixture.e2, body);

        assertThat(overHttp.status()).isEqualTo(403);
        JsonNode rejection = rejection(key);
        assertThat(rejection.get("status").asInt()).isEqualTo(403);
        assertThat(rejection.get("errors")).isEqualTo(overHttp.json().get("errors"));
    }

    @Test
    void aResentRecordWithTheSameKeyAndContentCountsOnce() {
        LedgerReader ledger = ledger();
        String key = key();
        String id = submissionId("e2", key);
        double duplicates = inboxCount("duplicate");

        send(key, fixture.e2, submission("e2", "2023-05", "fiscal_revenue", "70.0"));
        send(key, fixture.e2, submission("e2", "2023-05", "fiscal_revenue", "70"));

        awaitCount("duplicate", duplicates + 1);
        List<LedgerReader.Entry> published = ledger.readAll(r -> r.submissionId().equals(id));
        assertThat(published).filteredOn(e -> e.record().submissionId().equals(id)).hasSize(1);
    }

    @Test
    void theSameKeyWithOtherContentIsRejectedWith409AndTheFirstStands() {
        LedgerReader ledger = ledger();
        String key = key();
        String id = submissionId("e2", key);
        send(key, fixture.e2, submission("e2", "2023-06", "fiscal_revenue", "80"));
        ledger.readAll(r -> r.submissionId().equals(id));

        send(key, fixture.e2, submission("e2", "2023-06", "fiscal_revenue", "81"));

        JsonNode rejection = rejection(key);
        assertThat(rejection.get("status").asInt()).isEqualTo(409);
        assertThat(rejection.get("errors").get(0).get("field").asString()).isEqualTo("key");
        assertThat(rejection.get("errors").get(0).get("message").asString()).contains(id);
    }

    @Test
    void aRecordThatIsNotJsonIsRejectedWith400AndTheRecordsAfterItAreStillAccepted() {
        LedgerReader ledger = ledger();
        String poison = key();
        String good = key();

        send(poison, fixture.e2, "e2,2023-07,fiscal_revenue,1");
        send(good, fixture.e2, submission("e2", "2023-07", "fiscal_revenue", "90"));

        JsonNode rejection = rejection(poison);
        assertThat(rejection.get("status").asInt()).isEqualTo(400);
        assertThat(rejection.get("errors").get(0).get("field").asString()).isEqualTo("body");
        assertThat(rejection.get("errors").get(0).get("message").asString()).startsWith("malformed JSON");
        assertThat(ledger.readAll(r -> r.submissionId().equals(submissionId("e2", good)))).isNotEmpty();
    }

    @Test
    void aRecordWithoutKeyIsRejectedWith400NamingTheKey() {
        double rejectedBefore = inboxCount("rejected");

        send(null, fixture.e2, submission("e2", "2023-08", "fiscal_revenue", "1"));

        JsonNode rejection = rejection(null);
        assertThat(rejection.get("status").asInt()).isEqualTo(400);
        assertThat(rejection.get("key").isNull()).isTrue();
        assertThat(rejection.get("errors").get(0).get("field").asString()).isEqualTo("key");
        awaitCount("rejected", rejectedBefore + 1);
    }

    private void awaitCount(String outcome, double atLeast) {
        long deadline = System.currentTimeMillis() + 20_000;
        while (inboxCount(outcome) < atLeast) {
            assertThat(System.currentTimeMillis()).as("pacer.inbox.records{%s} reaches %s", outcome, atLeast)
                    .isLessThan(deadline);
            sleep();
        }
    }

    private JsonNode awaitHistory(String entityId, String period, String submissionId) {
        long deadline = System.currentTimeMillis() + 20_000;
        while (true) {
            Http.Response history = http.get("/api/v1/submissions?entityId=" + entityId + "&period=" + period,
                    fixture.e1);
            for (JsonNode s : history.json()) {
                if (s.get("submissionId").asString().equals(submissionId)) {
                    return s;
                }
            }
            assertThat(System.currentTimeMillis()).as("history shows " + submissionId).isLessThan(deadline);
            sleep();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(Duration.ofMillis(100).toMillis());
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
