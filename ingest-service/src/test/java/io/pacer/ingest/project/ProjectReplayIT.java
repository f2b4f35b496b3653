package io.pacer.ingest.project;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.pacer.events.Topics;
import io.pacer.ingest.it.Http;
import io.pacer.ingest.it.IngestITBase;
import io.pacer.ingest.it.LedgerReader;
import io.pacer.ingest.it.ProjectFixture;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The project book is a projection of pacer.projects: a fresh book fed the topic from its start equals the running one. */
class ProjectReplayIT extends IngestITBase {

    @Autowired
    private ProjectBook running;

    @Test
    void aBookRebuiltFromTheTopicEqualsTheRunningOne() {
        ProjectFixture.of(http);
        put("replay-1", ProjectFixture.project("pz1", "500", false, "2026-01-02", null, null, null));
        put("replay-2", ProjectFixture.project("pz1", "20000", true, "2026-01-03", "2026-01-20", null, null));
        put("replay-1", ProjectFixture.project("pz1", "500", false, "2026-01-02", "2026-02-02", null, null));
        assertThat(http.send("DELETE", "/api/v1/projects/replay-2", ADMIN, null, null).status()).isEqualTo(204);

        ProjectBook rebuilt = new ProjectBook();
        try (LedgerReader topic = new LedgerReader(brokers, Topics.PROJECTS)) {
            List<ConsumerRecord<String, byte[]>> records = topic.readAllRaw(Duration.ofSeconds(2));
            records.forEach(r -> rebuilt.apply(r.key(), ProjectJson.read(r.key(), r.value()), r.offset()));
        }

        assertThat(rebuilt.all()).isNotEmpty().isEqualTo(running.all());
        assertThat(rebuilt.get("replay-1")).get().extracting(p -> p.pileOn().toString()).isEqualTo("2026-02-02");
        assertThat(rebuilt.get("replay-2")).isEmpty();
    }

    private void put(String id, String body) {
        Http.Response response = http.putJson("/api/v1/projects/" + id, ADMIN, body);
        assertThat(response.status()).as(response.body()).isIn(200, 201);
    }
}
