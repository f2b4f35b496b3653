package io.pacer.ingest.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.pacer.events.PacerJson;
import io.pacer.events.ProjectCategory;
import io.pacer.events.ProjectRecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProjectBookTest {

    record Entry(String key, byte[] value, long offset) {
    }

    static ProjectRecord project(String id, String region, String signed) {
        return new ProjectRecord(id, "项目" + id, region, ProjectCategory.SCIENCE_TALENT, new BigDecimal("12000"), true,
                true, LocalDate.parse(signed), null, null, null, Instant.parse("2026-03-20T02:00:00Z"));
    }

    /** A topic: p1 moved from t1 to t2, p2 deleted, p3 kept. */
    private static List<Entry> topic() {
        return List.of(new Entry("p1", PacerJson.write(project("p1", "t1", "2026-01-02")), 0),
                new Entry("p2", PacerJson.write(project("p2", "t1", "2026-01-03")), 1),
                new Entry("p3", PacerJson.write(project("p3", "t1", "2026-02-03")), 2),
                new Entry("p1", PacerJson.write(project("p1", "t2", "2026-01-02")), 3),
                new Entry("p2", null, 4));
    }

    private static ProjectBook replay(List<Entry> entries) {
        ProjectBook book = new ProjectBook();
        entries.forEach(e -> book.apply(e.key(), ProjectJson.read(e.key(), e.value()), e.offset()));
        return book;
    }

    @Test
    void aReplayOfTheTopicGivesTheBookItsWritesLeft() {
        ProjectBook book = replay(topic());

        assertThat(book.all()).extracting(ProjectRecord::id).containsExactly("p1", "p3");
        assertThat(book.get("p1")).get().extracting(ProjectRecord::regionId).isEqualTo("t2");
        assertThat(book.get("p2")).isEmpty();
        assertThat(book.regions()).containsExactlyInAnyOrder("t1", "t2");
        assertThat(book.hasProjects("t1")).isTrue();
    }

    @Test
    void recordsAppliedInAnyOrderEndInTheTopicsState() {
        List<Entry> shuffled = new ArrayList<>(topic());
        for (int seed = 0; seed < 20; seed++) {
            Collections.shuffle(shuffled, new Random(seed));
            assertThat(replay(shuffled).all()).isEqualTo(replay(topic()).all());
        }
    }

    @Test
    void aChangeNamesTheOldAndTheNewRegionAndAnOlderRecordChangesNothing() {
        ProjectBook book = new ProjectBook();
        book.apply("p1", project("p1", "t1", "2026-01-02"), 5);

        assertThat(book.apply("p1", project("p1", "t2", "2026-01-02"), 7)).get()
                .extracting(ProjectBook.Change::regions).asInstanceOf(
                        org.assertj.core.api.InstanceOfAssertFactories.COLLECTION).containsExactlyInAnyOrder("t1", "t2");
        assertThat(book.apply("p1", project("p1", "t1", "2026-01-02"), 6)).isEmpty();
        assertThat(book.inRegion("t1")).isEmpty();
    }

    @Test
    void aRecordWhoseIdDiffersFromItsKeyOrThatLacksARegionIsRefused() {
        assertThatThrownBy(() -> ProjectJson.read("p9", PacerJson.write(project("p1", "t1", "2026-01-02"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProjectJson.read("p1", PacerJson.write(project("p1", null, "2026-01-02"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
