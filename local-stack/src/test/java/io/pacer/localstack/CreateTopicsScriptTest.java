package io.pacer.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.pacer.events.TopicSpec;
import io.pacer.events.TopicSpec.Partitions;
import io.pacer.events.TopicSpec.Payload;
import io.pacer.events.TopicSpec.Retention;
import io.pacer.events.Topics;

class CreateTopicsScriptTest {

    /** Surefire runs in the module's directory; the script is in the repository root's docker/. */
    private static final Path COMMITTED = Path.of("..").resolve(CreateTopicsScript.PATH);

    @Test
    void theCommittedScriptIsTheOneGeneratedFromTopicsAll() throws IOException {
        String committed = Files.readString(COMMITTED, StandardCharsets.UTF_8);

        assertThat(committed).as("""
                %s differs from what CreateTopicsScript generates from Topics.ALL: after changing Topics.ALL, \
                regenerate it from the repository root with
                  %s""".formatted(CreateTopicsScript.PATH, CreateTopicsScript.REGENERATE))
                .isEqualTo(CreateTopicsScript.generate(Topics.ALL));
    }

    @Test
    void theScriptCreatesEveryTopicOnceWithTheLedgersPartitionsOrItsFixedCount() throws IOException {
        List<String> createLines = Files.readAllLines(COMMITTED).stream().filter(l -> l.startsWith("create ")).toList();

        assertThat(createLines).hasSameSizeAs(Topics.ALL)
                .contains("create pacer.submissions \"$PARTITIONS\" retention.ms=-1",
                        "create pacer.projects 1 cleanup.policy=compact retention.ms=-1",
                        "create pacer.projects.dlq 1 retention.ms=-1",
                        "create pacer.figures \"$PARTITIONS\"");
    }

    @Test
    void aNewSpecChangesTheScript() {
        TopicSpec extra = new TopicSpec("pacer.extra", Partitions.fixed(2), true, Retention.DEFAULT,
                Payload.described("id"), Payload.described("text"), "a topic for this test");

        assertThat(CreateTopicsScript.createLine(extra)).isEqualTo("create pacer.extra 2 cleanup.policy=compact");
        assertThat(CreateTopicsScript.generate(List.of(extra))).contains("# a topic for this test (key: id)\n"
                + "create pacer.extra 2 cleanup.policy=compact\n");
    }
}
