package io.pacer.ingest.it;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.pacer.events.Basis;
import io.pacer.events.SubmissionRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.pacer.ingest.it.Fixture.submission;
import static org.assertj.core.api.Assertions.assertThat;

/** What an accepted request puts on the ledger, exactly, and what the reporter then sees in its history. */
class SubmissionFlowIT extends IngestITBase {

    @Test
    void anAcceptedSubmissionIsOneCommittedRecordPerFigureKeyedByTheParentRegion() {
        LedgerReader ledger = ledger();

        Http.Response response = http.postJson("/api/v1/submissions", fixture.e1, "{\"entityId\":\"e1\","
                + "\"period\":\"2026-02\",\"note\":\"1-2月\",\"figures\":[{\"indicator\":\"fiscal_revenue\","
                + "\"value\":24600.50,\"priorYearValue\":15452},{\"indicator\":\"industrial_va\",\"value\":3e2}]}");

        assertThat(response.status()).as(response.body()).isEqualTo(202);
        String id = response.json().get("submissionId").asString();
        assertThat(response.json().get("acceptedAt").asString()).isEqualTo("2026-03-20T02:00:00Z");
        assertThat(response.json().get("warnings")).isEmpty();
        List<LedgerReader.Entry> published = ledger.readAll(r -> r.indicator().equals("industrial_va")
                && r.submissionId().equals(id));
        assertThat(published).hasSize(2);
        SubmissionRecord first = published.get(0).record();
        assertThat(published).extracting(LedgerReader.Entry::key).containsOnly("d1");
        assertThat(first).isEqualTo(new SubmissionRecord(id, "e1", "t1", "d1", "fiscal_revenue", Basis.CUMULATIVE,
                "2026-02", new BigDecimal("24600.50"), new BigDecimal("15452"), IngestITBase.NOW, List.of(), true));
        assertThat(published.get(1).record().value()).isEqualByComparingTo("300");
        assertThat(published.get(1).offset()).isGreaterThan(published.get(0).offset());
    }

    @Test
    void aBatchReachesTheLedgerInArrayOrderInOneTransactionAndTheLaterDuplicateIsKept() {
        LedgerReader ledger = ledger();
        String batch = "[" + submission("e1", "2025-11", "net_migration", "10") + ","
                + submission("e1", "2025-12", "net_migration", "12") + ","
                + submission("e1", "2025-11", "net_migration", "11") + "]";

        Http.Response response = http.postJson("/api/v1/submissions/batch", fixture.e1, batch);

        assertThat(response.status()).as(response.body()).isEqualTo(202);
        List<String> ids = List.of(response.json().get("submissionIds").get(0).asString(),
                response.json().get("submissionIds").get(1).asString(),
                response.json().get("submissionIds").get(2).asString());
        List<LedgerReader.Entry> published = ledger.readAll(r -> r.submissionId().equals(ids.get(2)));
        assertThat(published).extracting(e -> e.record().submissionId()).containsExactlyElementsOf(ids);
        assertThat(published).extracting(e -> e.record().period()).containsExactly("2025-11", "2025-12", "2025-11");
        assertThat(published).extracting(e -> e.record().value().toPlainString()).containsExactly("10", "12", "11");
    }

    @Test
    void aUtf8CsvWithByteOrderMarkIsAcceptedRowsGroupedByEntityAndPeriod() {
        LedgerReader ledger = ledger();
        String csv = "\uFEFFentity_id,period,indicator,value,prior_year_value\r\n"
                + "e1,2026-01,fiscal_revenue,9000,8000\r\n" + "e1,2026-01,industrial_va,150,\r\n"
                + "e2,2026-01,fiscal_revenue,700,\r\n";
        String token = Fixture.token(http, "{\"role\":\"REPORTER\",\"entityIds\":[\"e1\",\"e2\"]}");

        Http.Response response = http.send("POST", "/api/v1/submissions/csv", token, "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));

        assertThat(response.status()).as(response.body()).isEqualTo(202);
        assertThat(response.json().get("submissionIds")).hasSize(2);
        String lastId = response.json().get("submissionIds").get(1).asString();
        List<LedgerReader.Entry> published = ledger.readAll(r -> r.submissionId().equals(lastId));
        assertThat(published).extracting(e -> e.record().entityId() + ":" + e.record().indicator())
                .containsExactly("e1:fiscal_revenue", "e1:industrial_va", "e2:fiscal_revenue");
        assertThat(published.get(0).record().priorYearValue()).isEqualByComparingTo("8000");
        assertThat(published.get(1).record().priorYearValue()).isNull();
    }

    @Test
    void aGbkCsvIsDecodedAsGbk() {
        Charset gbk = Charset.forName("GBK");
        String csv = "entity_id,period,indicator,value,prior_year_value\n" + "高新企业,2026-01,fiscal_revenue,1,\n";

        Http.Response rejected = http.send("POST", "/api/v1/submissions/csv", fixture.e1, "text/csv; charset=GBK",
                csv.getBytes(gbk));

        // The Chinese id survives the round trip only if the body was read as GBK.
        assertThat(rejected.status()).isEqualTo(422);
        assertThat(rejected.json().get("errors").get(0).get("message").asString()).contains("'高新企业'");
        LedgerReader ledger = ledger();
        Http.Response accepted = http.send("POST", "/api/v1/submissions/csv", fixture.e1, "text/csv;charset=GBK",
                "entity_id,period,indicator,value,prior_year_value\ne1,2026-01,net_migration,-5,\n".getBytes(gbk));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        String id = accepted.json().get("submissionIds").get(0).asString();
        assertThat(ledger.readAll(r -> r.submissionId().equals(id))).singleElement()
                .satisfies(e -> assertThat(e.record().value()).isEqualByComparingTo("-5"));
    }

    @Test
    void aJumpOverFiveTimesThePreviousMonthIsAcceptedWithAWarningOnResponseAndRecord() {
        assertThat(http.postJson("/api/v1/submissions", fixture.e2, submission("e2", "2025-06", "fiscal_revenue",
                "100")).status()).isEqualTo(202);
        LedgerReader ledger = ledger();

        Http.Response response = http.postJson("/api/v1/submissions", fixture.e2,
                submission("e2", "2025-07", "fiscal_revenue", "501"));

        assertThat(response.status()).isEqualTo(202);
        JsonNode warning = response.json().get("warnings").get(0);
        assertThat(warning.get("code").asString()).isEqualTo("PREVIOUS_MONTH_RATIO");
        assertThat(warning.get("field").asString()).isEqualTo("figures[0].value");
        assertThat(warning.get("message").asString()).contains("501 is more than 5× 100");
        String id = response.json().get("submissionId").asString();
        // the earlier POST's record may land after the mark: take this submission's own record
        SubmissionRecord record = ledger.readAll(r -> r.submissionId().equals(id)).stream()
                .map(LedgerReader.Entry::record).filter(r -> r.submissionId().equals(id)).findFirst().orElseThrow();
        assertThat(record.warnings()).extracting(w -> w.code()).containsExactly("PREVIOUS_MONTH_RATIO");
    }

    @Test
    void historyShowsEveryRevisionNewestFirstAndWarnsWhenARevisionDropsThePriorYearValue() {
        String first = http.postJson("/api/v1/submissions", fixture.e1, "{\"entityId\":\"e1\",\"period\":\"2025-04\","
                + "\"note\":\"first\",\"figures\":[{\"indicator\":\"hightech_va\",\"value\":100,\"priorYearValue\":90}]}")
                .json().get("submissionId").asString();
        Http.Response revision = http.postJson("/api/v1/submissions", fixture.e1,
                submission("e1", "2025-04", "hightech_va", "101"));
        assertThat(revision.json().get("warnings").get(0).get("code").asString())
                .isEqualTo("PRIOR_YEAR_VALUE_DROPPED");

        Http.Response history = http.get("/api/v1/submissions?entityId=e1&period=2025-04", fixture.e1);

        assertThat(history.status()).isEqualTo(200);
        assertThat(history.json()).hasSize(2);
        JsonNode newest = history.json().get(0);
        assertThat(newest.get("submissionId").asString()).isEqualTo(revision.json().get("submissionId").asString());
        assertThat(newest.get("figures").get(0).get("value").decimalValue()).isEqualByComparingTo("101");
        assertThat(newest.get("figures").get(0).get("priorYearValue").isNull()).isTrue();
        assertThat(newest.get("warnings").get(0).get("code").asString()).isEqualTo("PRIOR_YEAR_VALUE_DROPPED");
        JsonNode older = history.json().get(1);
        assertThat(older.get("submissionId").asString()).isEqualTo(first);
        assertThat(older.get("note").asString()).isEqualTo("first");
        assertThat(older.get("figures").get(0).get("priorYearValue").decimalValue()).isEqualByComparingTo("90");
    }

    @Test
    void historyIsTheReportersOwnTheOfficesAndTheRegionOfficialsOnly() {
        assertThat(http.get("/api/v1/submissions?entityId=e1", fixture.e2).status()).isEqualTo(403);
        assertThat(http.get("/api/v1/submissions?entityId=e1", fixture.officialD2).status()).isEqualTo(403);
        assertThat(http.get("/api/v1/submissions?entityId=e1", fixture.officialD1).status()).isEqualTo(200);
        assertThat(http.get("/api/v1/submissions?entityId=e1", fixture.admin).status()).isEqualTo(200);
        assertThat(http.get("/api/v1/submissions?entityId=e9", fixture.admin).status()).isEqualTo(404);
    }

    @Test
    void aCommittedRecordWhoseHistoryWriteWasLostStillReachesTheHistoryFromTheLedger() {
        // As if the request path had committed to Kafka and then failed to write MongoDB.
        SubmissionRecord record = new SubmissionRecord("from-the-ledger-only", "e2", "t2", "d1", "fiscal_revenue",
                Basis.CUMULATIVE, "2024-06", new BigDecimal("77"), null, IngestITBase.NOW, List.of());
        ledgerTemplate.executeInTransaction(ops -> ops.send(io.pacer.events.Topics.SUBMISSIONS, "d1",
                io.pacer.events.PacerJson.write(record)));

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode history = http.get("/api/v1/submissions?entityId=e2&period=2024-06", fixture.e2).json();
            assertThat(history).hasSize(1);
            assertThat(history.get(0).get("submissionId").asString()).isEqualTo("from-the-ledger-only");
            assertThat(history.get(0).get("figures").get(0).get("value").decimalValue()).isEqualByComparingTo("77");
        });
    }

    @Test
    void anUnreadableLedgerRecordReachesTheDeadLetterTopicAloneAndTheRestOfItsPollIsApplied() {
        SubmissionRecord before = new SubmissionRecord("before-the-poison", "e2", "t2", "d1", "fiscal_revenue",
                Basis.CUMULATIVE, "2024-07", new BigDecimal("1"), null, IngestITBase.NOW, List.of());
        SubmissionRecord after = new SubmissionRecord("after-the-poison", "e2", "t2", "d1", "fiscal_revenue",
                Basis.CUMULATIVE, "2024-08", new BigDecimal("2"), null, IngestITBase.NOW, List.of());
        byte[] poison = "{\"submissionId\":\"poison\",".getBytes(StandardCharsets.UTF_8);
        // One transaction on one partition: the consumer gets the three in one poll.
        ledgerTemplate.executeInTransaction(ops -> {
            ops.send(io.pacer.events.Topics.SUBMISSIONS, "d1", io.pacer.events.PacerJson.write(before));
            ops.send(io.pacer.events.Topics.SUBMISSIONS, "d1", poison);
            return ops.send(io.pacer.events.Topics.SUBMISSIONS, "d1", io.pacer.events.PacerJson.write(after));
        });

        try (LedgerReader dlq = new LedgerReader(brokers, io.pacer.events.Topics.dlq(io.pacer.events.Topics.SUBMISSIONS))) {
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() ->
                    assertThat(dlq.readAllRaw(java.time.Duration.ofMillis(500))).anySatisfy(r -> {
                        assertThat(r.value()).isEqualTo(poison);
                        assertThat(r.key()).isEqualTo("d1");
                        assertThat(r.headers().lastHeader("x-original-offset")).isNotNull();
                        assertThat(new String(r.headers().lastHeader("x-original-topic").value(),
                                StandardCharsets.UTF_8)).isEqualTo(io.pacer.events.Topics.SUBMISSIONS);
                        assertThat(r.headers().lastHeader("pacer_dlq_reason")).as("why, in a line").isNotNull();
                    }));
        }
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(http.get("/api/v1/submissions?entityId=e2&period=2024-07", fixture.e2).json()).hasSize(1);
            assertThat(http.get("/api/v1/submissions?entityId=e2&period=2024-08", fixture.e2).json()).hasSize(1);
        });
    }

    @org.springframework.beans.factory.annotation.Autowired
    @org.springframework.beans.factory.annotation.Qualifier("ledgerKafkaTemplate")
    org.springframework.kafka.core.KafkaTemplate<String, byte[]> ledgerTemplate;

    @Test
    void healthAndMetricsAreOpenAndCountSubmissions() {
        http.postJson("/api/v1/submissions", fixture.e2, submission("e2", "2025-01", "fiscal_revenue", "5"));

        assertThat(http.get("/actuator/health/readiness", null).status()).isEqualTo(200);
        Http.Response metrics = http.get("/actuator/prometheus", null);
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("pacer_submissions_total{application=\"ingest-service\",outcome=\"accepted\"}")
                .contains("pacer_submission_requests_seconds");
    }
}
