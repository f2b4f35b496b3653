package io.pacer.ingest.submission;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.pacer.events.Basis;
import io.pacer.events.SubmissionRecord;
import io.pacer.events.Warning;
import io.pacer.localstack.SharedMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The history projection against the real MongoDB-wire server: both writers, any order, any number of times. */
class HistoryStoreTest {

    private final MongoClient client = MongoClients.create(SharedMongo.uri());
    private final HistoryStore history = new HistoryStore(client.getDatabase(SharedMongo.uniqueDatabase("history")));

    @AfterEach
    void close() {
        client.close();
    }

    static SubmissionRecord record(String id, String indicator, String value, String prior, long second) {
        return new SubmissionRecord(id, "e1", "t1", "d1", indicator, Basis.CUMULATIVE, "2026-02", new BigDecimal(value),
                prior == null ? null : new BigDecimal(prior), Instant.ofEpochSecond(second),
                List.of(new Warning("PRIOR_YEAR_RATIO", "figures[0].value", "odd")));
    }

    @Test
    void theRequestPathThenTheLedgerConsumerGiveOneSubmissionWithItsNoteAndFiguresInOrder() {
        SubmissionRecord a = record("s1", "fiscal_revenue", "100", "90", 1);
        SubmissionRecord b = record("s1", "industrial_va", "7", null, 1);
        history.apply(a, 40, "1-2月");
        history.apply(b, 41, "1-2月");

        history.apply(b, 41, null);
        history.apply(a, 40, null);

        List<Map<String, Object>> items = history.history("e1", null);
        assertThat(items).hasSize(1);
        assertThat(items.get(0)).containsEntry("submissionId", "s1").containsEntry("note", "1-2月");
        List<Object> indicators = ((List<?>) items.get(0).get("figures")).stream()
                .map(f -> ((Map<?, ?>) f).get("indicator")).map(Object.class::cast).toList();
        assertThat(indicators).containsExactly("fiscal_revenue", "industrial_va");
        assertThat((List<?>) items.get(0).get("warnings")).hasSize(1);
    }

    @Test
    void theLatestFigureOnlyMovesForwardInLedgerOffset() {
        history.apply(record("s2", "fiscal_revenue", "200", null, 2), 51, null);
        history.apply(record("s1", "fiscal_revenue", "100", "90", 1), 50, null);

        assertThat(history.figure("e1", "fiscal_revenue", "2026-02")).get()
                .satisfies(f -> assertThat(f.value()).isEqualByComparingTo("200"));
        assertThat(history.history("e1", "2026-02").stream().map(i -> i.get("submissionId")).toList())
                .containsExactly("s2", "s1");
    }

    @Test
    void anotherPeriodOrEntityIsNotMixedIn() {
        history.apply(record("s1", "fiscal_revenue", "100", null, 1), 1, null);

        assertThat(history.history("e1", "2026-01")).isEmpty();
        assertThat(history.history("e2", null)).isEmpty();
        assertThat(history.figure("e1", "fiscal_revenue", "2026-01")).isEmpty();
    }
}
