package io.pacer.ingest.it;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.pacer.events.Basis;
import io.pacer.events.SubmissionRecord;

import static io.pacer.ingest.it.Fixture.submission;
import static io.pacer.ingest.it.ProjectFixture.project;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The counts derived from the project register, as the ledger carries them, and what a region with projects
 * refuses. "Now" is 2026-03-20, so the counts run from January 2025 (the earliest signing) to February 2026, the
 * last month that has ended.
 */
class ProjectCountsIT extends IngestITBase {

    /** Expected year-to-date counts of pz2's projects below, per month: 2025 then 2026. */
    private static final Map<String, int[]> EXPECTED = Map.of(
            "projects_signed", new int[] { 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 1, 2 },
            "projects_started", new int[] { 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1 },
            "projects_completed", new int[] { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1 });

    private ProjectFixture projects;

    @BeforeEach
    void registers() {
        projects = ProjectFixture.of(http);
    }

    @Test
    void theDerivedRecordsOnTheLedgerEqualTheRegistersCountsForEveryMonth() {
        LedgerReader ledger = ledger();
        put("pz2-a", project("pz2", "50000", true, "2025-03-10", "2025-04-01", "2025-05-20", "2026-02-15"));
        put("pz2-b", project("pz2", "12000", true, "2025-11-30", null, "2026-01-10", null));
        // below 1亿元: signed counts, its start does not
        put("pz2-c", project("pz2", "3000", false, "2026-01-05", null, "2026-02-01", null));
        List<LedgerReader.Entry> entries = ledger.readAll(r -> r.entityId().equals("projects@pz2")
                && r.indicator().equals("projects_signed") && r.period().equals("2026-02")
                && r.value().compareTo(BigDecimal.ONE) == 0);
        Map<String, SubmissionRecord> latest = new HashMap<>();
        entries.stream().filter(e -> e.record().entityId().equals("projects@pz2"))
                .forEach(e -> latest.put(e.record().indicator() + "|" + e.record().period(), e.record()));

        LedgerReader last = ledger();
        put("pz2-d", project("pz2", "20000", true, "2026-02-25", null, null, null));
        List<LedgerReader.Entry> lastEntries = last.readAll(r -> r.entityId().equals("projects@pz2"));
        lastEntries.forEach(e -> latest.put(e.record().indicator() + "|" + e.record().period(), e.record()));

        // the last project changed only February's signed count, and only that was published
        assertThat(lastEntries).extracting(e -> e.record().indicator() + "|" + e.record().period())
                .containsExactly("projects_signed|2026-02");
        for (Map.Entry<String, int[]> indicator : EXPECTED.entrySet()) {
            for (int k = 0; k < 14; k++) {
                String period = k < 12 ? String.format("2025-%02d", k + 1) : String.format("2026-%02d", k - 11);
                SubmissionRecord r = latest.get(indicator.getKey() + "|" + period);
                assertThat(r).as(indicator.getKey() + " " + period).isNotNull();
                assertThat(r.value()).as(indicator.getKey() + " " + period)
                        .isEqualByComparingTo(BigDecimal.valueOf(indicator.getValue()[k]));
                int prior = k < 12 ? 0 : indicator.getValue()[k - 12];
                assertThat(r.priorYearValue()).as("prior " + indicator.getKey() + " " + period)
                        .isEqualByComparingTo(BigDecimal.valueOf(prior));
                assertThat(r.regionId()).isEqualTo("pz2");
                assertThat(r.parentRegionId()).isEqualTo("pd");
                assertThat(r.basis()).isEqualTo(Basis.CUMULATIVE);
                assertThat(r.warnings()).isEmpty();
                assertThat(r.late()).isFalse();
            }
        }
        assertThat(latest).hasSize(42);
        assertThat(lastEntries.get(0).key()).isEqualTo("pd");
        var entity = http.get("/api/v1/entities/projects@pz2", ADMIN).json();
        assertThat(entity.get("type").asString()).isEqualTo("DERIVED");
        assertThat(entity.get("regionId").asString()).isEqualTo("pz2");
        assertThat(entity.get("name").asString()).isEqualTo("项目库（pz2镇）");
        assertThat(entity.get("indicators")).hasSize(3);
    }

    @Test
    void aHandSubmissionOfAProjectCountForARegionWithProjectsIs409AndOtherFiguresPass() {
        put("pz1-h", project("pz1", "500", false, "2026-02-01", null, null, null));

        Http.Response refused = http.postJson("/api/v1/submissions/batch", projects.pz1Inv, "["
                + submission("pz1-inv", "2026-02", "fiscal_revenue", "100") + ","
                + submission("pz1-inv", "2026-02", "projects_signed", "16") + "]");
        Http.Response other = http.postJson("/api/v1/submissions", projects.pz1Inv,
                submission("pz1-inv", "2026-02", "fiscal_revenue", "100"));

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(ProjectRegisterIT.fields(refused)).containsExactly("[1].figures[0].indicator");
        assertThat(refused.json().get("errors").get(0).get("message").asString()).contains("project register");
        assertThat(other.status()).as(other.body()).isEqualTo(202);
    }

    @Test
    void deletingARegionsLastProjectSwitchesItBackToHandSubmissions() {
        LedgerReader ledger = ledger();
        put("pz3-a", project("pz3", "500", false, "2026-01-10", null, null, null));
        ledger.readAll(r -> r.entityId().equals("projects@pz3") && r.period().equals("2026-02")
                && r.indicator().equals("projects_signed"));
        assertThat(http.postJson("/api/v1/submissions", projects.pz3Inv,
                submission("pz3-inv", "2026-03", "projects_signed", "1")).status()).isEqualTo(409);

        Http.Response deleted = http.send("DELETE", "/api/v1/projects/pz3-a", projects.pz3Inv, null, null);

        assertThat(deleted.status()).as(deleted.body()).isEqualTo(204);
        assertThat(http.get("/api/v1/projects/pz3-a", ADMIN).status()).isEqualTo(404);
        List<LedgerReader.Entry> zeros = ledger.readAll(r -> r.entityId().equals("projects@pz3")
                && r.period().equals("2026-02") && r.value().signum() == 0);
        assertThat(zeros).extracting(e -> e.record().indicator() + "|" + e.record().period() + "=" + e.record().value())
                .containsExactly("projects_signed|2026-01=0", "projects_signed|2026-02=0");
        assertThat(http.get("/api/v1/entities/projects@pz3", ADMIN).json().get("indicators")).isEmpty();
        Http.Response byHand = http.postJson("/api/v1/submissions", projects.pz3Inv,
                submission("pz3-inv", "2026-03", "projects_signed", "1"));
        assertThat(byHand.status()).as(byHand.body()).isEqualTo(202);
    }

    private void put(String id, String body) {
        Http.Response response = http.putJson("/api/v1/projects/" + id, ADMIN, body);
        assertThat(response.status()).as(response.body()).isIn(200, 201);
    }
}
