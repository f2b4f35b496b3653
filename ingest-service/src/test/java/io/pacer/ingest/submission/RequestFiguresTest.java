package io.pacer.ingest.submission;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.pacer.events.Basis;
import io.pacer.events.Period;
import io.pacer.events.SubmissionRecord;
import io.pacer.events.Warning;
import io.pacer.localstack.SharedMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The warnings' earlier figures read in one query per request, against the real MongoDB-wire server. */
class RequestFiguresTest {

    private final MongoClient client = MongoClients.create(SharedMongo.uri());
    private final LatestFigures figures = new LatestFigures(client.getDatabase(SharedMongo.uniqueDatabase("lookup")));

    @AfterEach
    void close() {
        client.close();
    }

    private void stored(String period, String value, String prior, long offset) {
        figures.write(List.of(new SubmissionRecord("s" + offset, "e1", "t1", "d1", "fiscal_revenue", Basis.MONTHLY,
                period, new BigDecimal(value), prior == null ? null : new BigDecimal(prior), Instant.EPOCH,
                List.of())), List.of(offset));
    }

    private static SubmissionService.Located submission(String period, String value) {
        return new SubmissionService.Located(new SubmissionRequest("e1", period, List.of(
                new SubmissionRequest.Figure("fiscal_revenue", new BigDecimal(value), null)), null), Locator.json(""));
    }

    @Test
    void everyRuleFindsItsEarlierFigureAndAsksOnlyForKeysReadUpFront() {
        stored("2026-02", "100", null, 1);
        stored("2025-03", "50", null, 2);
        stored("2026-03", "10", "9", 3);
        List<SubmissionService.Located> request = List.of(submission("2026-03", "600"));
        RequestFigures lookup = new RequestFigures(request, figures);
        List<String> asked = new ArrayList<>();
        FigureLookup recording = (e, i, p) -> {
            asked.add(LatestFigures.key(e, i, p));
            return lookup.figure(e, i, p);
        };

        List<Warning> warnings = WarningRules.check("e1", "fiscal_revenue", Basis.MONTHLY, Period.parse("2026-03"),
                request.get(0).submission().figures().get(0), 0, recording, new BigDecimal("5"));

        assertThat(warnings).extracting(Warning::code).containsExactly(WarningRules.PREVIOUS_MONTH,
                WarningRules.PRIOR_YEAR, WarningRules.PRIOR_YEAR_DROPPED);
        assertThat(RequestFigures.comparedKeys(request)).containsAll(asked);
    }

    @Test
    void aFigureEarlierInTheSameRequestComesBeforeTheStoredOne() {
        stored("2026-02", "100", null, 1);
        RequestFigures lookup = new RequestFigures(List.of(submission("2026-02", "1"), submission("2026-03", "2")),
                figures);

        lookup.accepted("e1", "fiscal_revenue", "2026-02", new FigureLookup.Recorded(BigDecimal.ONE, null));

        assertThat(lookup.figure("e1", "fiscal_revenue", "2026-02")).map(FigureLookup.Recorded::value)
                .contains(BigDecimal.ONE);
        assertThat(lookup.figure("e1", "fiscal_revenue", "2025-02")).isEqualTo(Optional.empty());
    }
}
