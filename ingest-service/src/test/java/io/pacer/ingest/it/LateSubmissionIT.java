package io.pacer.ingest.it;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.pacer.ingest.it.Fixture.submission;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A submission accepted at or after its period's deadline (the 15th of the next month, 24:00 Asia/Shanghai) is
 * {@code late} on the ledger and in the history. "Now" is 2026-03-20: February's deadline has passed, March's not.
 */
class LateSubmissionIT extends IngestITBase {

    @Test
    void aFigureForAMonthWhoseDeadlinePassedIsLateOnTheLedgerAndTheCurrentMonthsIsNot() {
        LedgerReader ledger = ledger();
        String batch = "[" + submission("e2", "2026-02", "fiscal_revenue", "500") + ","
                + submission("e2", "2026-03", "fiscal_revenue", "900") + "]";

        Http.Response response = http.postJson("/api/v1/submissions/batch", fixture.e2, batch);

        assertThat(response.status()).as(response.body()).isEqualTo(202);
        String february = response.json().get("submissionIds").get(0).asString();
        String march = response.json().get("submissionIds").get(1).asString();
        List<LedgerReader.Entry> published = ledger.readAll(r -> r.submissionId().equals(march));
        Map<String, Boolean> late = published.stream().collect(Collectors.toMap(e -> e.record().submissionId(),
                e -> e.record().late()));
        assertThat(late).containsEntry(february, true).containsEntry(march, false);
    }

    @Test
    void theHistoryShowsWhichSubmissionsWereLate() {
        String february = http.postJson("/api/v1/submissions", fixture.e2,
                submission("e2", "2026-02", "fiscal_revenue", "510")).json().get("submissionId").asString();
        String march = http.postJson("/api/v1/submissions", fixture.e2,
                submission("e2", "2026-03", "fiscal_revenue", "910")).json().get("submissionId").asString();

        Map<String, JsonNode> history = byId(http.get("/api/v1/submissions?entityId=e2", fixture.e2).json());

        assertThat(history.get(february).get("late").asBoolean()).isTrue();
        assertThat(history.get(march).get("late").isBoolean()).isTrue();
        assertThat(history.get(march).get("late").asBoolean()).isFalse();
    }

    private static Map<String, JsonNode> byId(JsonNode items) {
        return StreamSupport.stream(items.spliterator(), false)
                .collect(Collectors.toMap(i -> i.get("submissionId").asString(), Function.identity()));
    }
}
