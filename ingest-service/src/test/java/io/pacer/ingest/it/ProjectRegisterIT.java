package io.pacer.ingest.it;

import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.pacer.events.PacerJson;
import io.pacer.events.ProjectRecord;
import io.pacer.events.Topics;

import static io.pacer.ingest.it.ProjectFixture.project;
import static org.assertj.core.api.Assertions.assertThat;

/** The project register over HTTP: pacer.projects, reads, who may write, the rules. "Now" is 2026-03-20. */
class ProjectRegisterIT extends IngestITBase {

    private ProjectFixture projects;

    @BeforeEach
    void registers() {
        projects = ProjectFixture.of(http);
    }

    @Test
    void aPutProjectIsOnPacerProjectsAndGetReturnsItWithItsStageAndDays() {
        try (LedgerReader topic = new LedgerReader(brokers, Topics.PROJECTS)) {
            String body = project("pz1", "25000", true, "2025-12-20", "2026-01-10", null, null);

            Http.Response created = http.putJson("/api/v1/projects/pz1-a", projects.pz1Inv, body);

            assertThat(created.status()).as(created.body()).isEqualTo(201);
            List<ConsumerRecord<String, byte[]>> published = topic.readRaw(Duration.ofSeconds(2));
            assertThat(published).hasSize(1);
            assertThat(published.get(0).key()).isEqualTo("pz1-a");
            ProjectRecord record = PacerJson.read(published.get(0).value(), ProjectRecord.class);
            assertThat(record.regionId()).isEqualTo("pz1");
            assertThat(record.pileOn()).hasToString("2026-01-10");
            assertThat(record.changedAt()).isEqualTo(NOW);
        }
        JsonNode got = http.get("/api/v1/projects/pz1-a", projects.officialPd).json();
        assertThat(got.get("stage").asString()).isEqualTo("PILED");
        assertThat(got.get("daysSinceSigned").asLong()).isEqualTo(90);
        assertThat(got.get("daysSincePile").asLong()).isEqualTo(69);
        assertThat(got.get("signedOn").asString()).isEqualTo("2025-12-20");
        assertThat(got.get("investmentWan").decimalValue()).isEqualByComparingTo("25000");

        Http.Response updated = http.putJson("/api/v1/projects/pz1-a", projects.pz1Inv,
                project("pz1", "25000", true, "2025-12-20", "2026-01-10", "2026-03-01", null));
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().get("stage").asString()).isEqualTo("STARTED");
    }

    @Test
    void listsKeepTheCallersRegionsTheRegionsSubtreeAndTheYearsASpanOverlaps() {
        http.putJson("/api/v1/projects/pz1-old", ADMIN, project("pz1", "500", false, "2024-05-01", null, "2024-06-01",
                "2024-12-01"));
        http.putJson("/api/v1/projects/pz1-open", ADMIN, project("pz1", "500", false, "2024-05-02", null, null, null));

        assertThat(ids(http.get("/api/v1/projects?region=pd&year=2025", ADMIN))).contains("pz1-open")
                .doesNotContain("pz1-old");
        assertThat(ids(http.get("/api/v1/projects?region=pz1&year=2024", ADMIN))).contains("pz1-old", "pz1-open");
        assertThat(ids(http.get("/api/v1/projects", fixture.officialD2))).isEmpty();
        assertThat(ids(http.get("/api/v1/projects", projects.officialPd))).contains("pz1-old", "pz1-open");
        assertThat(ids(http.get("/api/v1/projects", projects.pz1Enterprise))).contains("pz1-open");
        assertThat(ids(http.get("/api/v1/projects", projects.pz2Inv))).noneMatch(id -> id.startsWith("pz1-"));
        assertThat(http.get("/api/v1/projects/pz1-open", fixture.officialD2).status()).isEqualTo(403);
        assertThat(http.get("/api/v1/projects?region=nowhere", ADMIN).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/projects?year=20x6", ADMIN).status()).isEqualTo(400);
        assertThat(http.get("/api/v1/projects/none", ADMIN).status()).isEqualTo(404);
    }

    @Test
    void badDatesAFutureDayAndANonLeafRegionAre422NamingEveryFieldAndNothingIsStored() {
        String body = "{\"name\":\"\",\"regionId\":\"pd\",\"category\":\"FACTORY\",\"investmentWan\":-5,"
                + "\"aboveYi\":false,\"independentSite\":true,\"signedOn\":\"2026-02-10\",\"pileOn\":\"2026-02-01\","
                + "\"startedOn\":\"2026-03-21\",\"completedOn\":\"2026-13-01\"}";

        Http.Response refused = http.putJson("/api/v1/projects/bad-1", ADMIN, body);

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(fields(refused)).containsExactlyInAnyOrder("name", "regionId", "category", "investmentWan",
                "pileOn", "startedOn", "completedOn");
        assertThat(http.get("/api/v1/projects/bad-1", ADMIN).status()).isEqualTo(404);
    }

    @Test
    void onlyTheStatisticsOfficeOrTheRegionsDepartmentMayWrite() {
        String body = project("pz1", "500", false, "2026-01-05", null, null, null);

        Http.Response enterprise = http.putJson("/api/v1/projects/w-1", projects.pz1Enterprise, body);
        Http.Response otherTown = http.putJson("/api/v1/projects/w-1", projects.pz2Inv, body);
        Http.Response official = http.putJson("/api/v1/projects/w-1", fixture.officialD1, body);

        assertThat(enterprise.status()).as(enterprise.body()).isEqualTo(403);
        assertThat(fields(enterprise)).containsExactly("regionId");
        assertThat(otherTown.status()).as(otherTown.body()).isEqualTo(403);
        assertThat(fields(otherTown)).containsExactly("regionId");
        assertThat(official.status()).isEqualTo(403);
        assertThat(http.get("/api/v1/projects/w-1", ADMIN).status()).isEqualTo(404);
        assertThat(http.putJson("/api/v1/projects/w-1", ADMIN, body).status()).isEqualTo(201);
        assertThat(http.send("DELETE", "/api/v1/projects/w-1", projects.pz2Inv, null, null).status()).isEqualTo(403);
    }

    private static List<String> ids(Http.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return StreamSupport.stream(response.json().spliterator(), false).map(p -> p.get("id").asString()).toList();
    }

    static List<String> fields(Http.Response response) {
        return StreamSupport.stream(response.json().get("errors").spliterator(), false)
                .map(e -> e.get("field").asString()).toList();
    }
}
