package io.pacer.ingest.it;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.pacer.ingest.it.Fixture.submission;
import static org.assertj.core.api.Assertions.assertThat;

/** The reporters' form: last month's value, last year's month, what was sent, and the deadline. */
class ReportFormIT extends IngestITBase {

    // months of e2 that no other IT of the shared context writes (SubmissionFlowIT counts e2's 2024 months)
    @Test
    void theFormShowsLastMonthLastYearAndWhatWasAlreadySent() {
        send(submission("e2", "2022-09", "fiscal_revenue", "410"));
        send(submission("e2", "2023-08", "fiscal_revenue", "500"));
        send("{\"entityId\":\"e2\",\"period\":\"2023-09\",\"figures\":[{\"indicator\":\"fiscal_revenue\","
                + "\"value\":520,\"priorYearValue\":411}]}");

        JsonNode form = http.get("/api/v1/report/form?entityId=e2&period=2023-09", fixture.e2).json();

        assertThat(form.get("entityName").asString()).isEqualTo("东街道财政所");
        assertThat(form.get("period").asString()).isEqualTo("2023-09");
        assertThat(form.get("deadline").asString()).isEqualTo("2023-10-15T16:00:00Z");
        assertThat(form.get("deadlineDay").asString()).isEqualTo("2023-10-15");
        assertThat(form.get("pastDeadline").asBoolean()).isTrue();
        JsonNode row = form.get("rows").get(0);
        assertThat(row.get("indicator").asString()).isEqualTo("fiscal_revenue");
        assertThat(row.get("basis").asString()).isEqualTo("CUMULATIVE");
        assertThat(row.get("previousValue").decimalValue()).isEqualByComparingTo("500");
        assertThat(row.get("priorYearValue").decimalValue()).isEqualByComparingTo("410");
        assertThat(row.get("priorYearKnown").asBoolean()).isTrue();
        assertThat(row.get("submittedValue").decimalValue()).isEqualByComparingTo("520");
    }

    @Test
    void withoutLastYearsReportThePriorYearValueSentWithTheMonthIsShown() {
        send("{\"entityId\":\"e2\",\"period\":\"2022-05\",\"figures\":[{\"indicator\":\"fiscal_revenue\","
                + "\"value\":7,\"priorYearValue\":6}]}");

        JsonNode row = http.get("/api/v1/report/form?entityId=e2&period=2022-05", fixture.e2).json().get("rows").get(0);

        assertThat(row.get("priorYearValue").decimalValue()).isEqualByComparingTo("6");
        assertThat(row.get("priorYearKnown").asBoolean()).isFalse();
        assertThat(row.get("previousValue").isNull()).isTrue();
    }

    @Test
    void theFormOpensOnLastMonthByDefault() {
        JsonNode form = http.get("/api/v1/report/form?entityId=e2", fixture.e2).json();

        assertThat(form.get("period").asString()).isEqualTo("2026-02");
        assertThat(form.get("pastDeadline").asBoolean()).isTrue();
    }

    @Test
    void aReporterCannotOpenAnotherEntitysForm() {
        Http.Response response = http.get("/api/v1/report/form?entityId=e1", fixture.e2);

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.body()).contains("entityId");
    }

    @Test
    void aMalformedPeriodIsABadRequestNamingTheField() {
        Http.Response response = http.get("/api/v1/report/form?entityId=e2&period=2024-13", fixture.e2);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.body()).contains("period");
    }

    private void send(String json) {
        Http.Response response = http.postJson("/api/v1/submissions", fixture.e2, json);
        assertThat(response.status()).as(response.body()).isEqualTo(202);
    }
}
