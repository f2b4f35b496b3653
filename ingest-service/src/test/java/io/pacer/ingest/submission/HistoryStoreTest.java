package io.pacer.ingest.submission;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.UpdateOptions;
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
    private final MongoDatabase db = client.getDatabase(SharedMongo.uniqueDatabase("history"));
    private final HistoryStore history = new HistoryStore(db);
    private final LatestFigures figures = new LatestFigures(db);

    @AfterEach
    void close() {
        client.close();
    }

    static SubmissionRecord record(String id, String indicator, String value, String prior, long second) {
        return new SubmissionRecord(id, "e1", "t1", "d1", indicator, Basis.CUMULATIVE, "2026-02", new BigDecimal(value),
                prior == null ? null : new BigDecimal(prior), Instant.ofEpochSecond(second),
                List.of(new Warning("PRIOR_YEAR_RATIO", "figures[0].value", "odd")));
    }

    private FigureLookup.Recorded figure(String indicator, String period) {
        return figures.find(List.of(LatestFigures.key("e1", indicator, period)))
                .get(LatestFigures.key("e1", indicator, period));
    }

    @Test
    void theRequestPathThenTheLedgerConsumerGiveOneSubmissionWithItsNoteAndFiguresInOrder() {
        SubmissionRecord a = record("s1", "fiscal_revenue", "100", "90", 1);
        SubmissionRecord b = record("s1", "industrial_va", "7", null, 1);
        history.applyAll(List.of(a, b), List.of(40L, 41L), java.util.Arrays.asList("1-2月", "1-2月"));

        history.applyAll(List.of(b), List.of(41L), null);
        history.applyAll(List.of(a), List.of(40L), null);

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
        SubmissionRecord newer = record("s2", "fiscal_revenue", "200", null, 2);
        SubmissionRecord older = record("s1", "fiscal_revenue", "100", "90", 1);
        figures.write(List.of(newer), List.of(51L));
        history.applyAll(List.of(newer), List.of(51L), null);
        figures.write(List.of(older), List.of(50L));
        history.applyAll(List.of(older), List.of(50L), null);

        assertThat(figure("fiscal_revenue", "2026-02").value()).isEqualByComparingTo("200");
        assertThat(figure("fiscal_revenue", "2026-02").priorYearValue()).isNull();
        assertThat(history.history("e1", "2026-02").stream().map(i -> i.get("submissionId")).toList())
                .containsExactly("s2", "s1");
    }

    @Test
    void withinOneBulkWriteTheHigherOffsetWinsWhateverItsPlace() {
        figures.write(List.of(record("s2", "fiscal_revenue", "200", null, 2), record("s1", "fiscal_revenue", "100",
                "90", 1)), List.of(61L, 60L));

        assertThat(figure("fiscal_revenue", "2026-02").value()).isEqualByComparingTo("200");
    }

    @Test
    void figuresOfTheEarlierLayoutAreCarriedOverOnceAtStartAndThenOvertakenByNewerOnes() {
        MongoDatabase earlier = client.getDatabase(SharedMongo.uniqueDatabase("layout"));
        String key = LatestFigures.key("e1", "fiscal_revenue", "2026-02");
        earlier.getCollection("figures").updateOne(Filters.eq("_id", key), Updates.combine(Updates.set("value", "300"),
                Updates.set("priorYearValue", "250"), Updates.set("offset", 70L)), new UpdateOptions().upsert(true));

        LatestFigures started = new LatestFigures(earlier);

        assertThat(started.find(List.of(key)).get(key).priorYearValue()).isEqualByComparingTo("250");
        assertThat(earlier.getCollection("figures").find(Filters.eq("_id", key)).first()).isNull();
        started.write(List.of(record("s0", "fiscal_revenue", "1", null, 1)), List.of(69L));
        assertThat(started.find(List.of(key)).get(key).value()).isEqualByComparingTo("300");
        started.write(List.of(record("s3", "fiscal_revenue", "400", null, 3)), List.of(71L));
        assertThat(new LatestFigures(earlier).find(List.of(key)).get(key).value()).isEqualByComparingTo("400");
    }

    @Test
    void aSubmissionIsLateInTheHistoryWhenItsLedgerRecordsAreAndAnOlderDocumentWithoutTheMarkIsOnTime() {
        SubmissionRecord onTime = record("s1", "fiscal_revenue", "100", null, 1);
        SubmissionRecord late = new SubmissionRecord("s2", "e1", "t1", "d1", "fiscal_revenue", Basis.CUMULATIVE,
                "2026-02", new BigDecimal("110"), null, Instant.ofEpochSecond(2), List.of(), true);
        history.applyAll(List.of(onTime, late), List.of(1L, 2L), null);
        history.applyAll(List.of(late), List.of(2L), null);
        db.getCollection("submissions").updateOne(Filters.eq("_id", "s1"), Updates.unset("late"));

        List<Map<String, Object>> items = history.history("e1", "2026-02");

        assertThat(items).extracting(i -> i.get("submissionId")).containsExactly("s2", "s1");
        assertThat(items).extracting(i -> i.get("late")).containsExactly(true, false);
    }

    @Test
    void anotherPeriodOrEntityIsNotMixedIn() {
        SubmissionRecord r = record("s1", "fiscal_revenue", "100", null, 1);
        history.applyAll(List.of(r), List.of(1L), null);
        figures.write(List.of(r), List.of(1L));

        assertThat(history.history("e1", "2026-01")).isEmpty();
        assertThat(history.history("e2", null)).isEmpty();
        assertThat(figure("fiscal_revenue", "2026-01")).isNull();
    }
}
