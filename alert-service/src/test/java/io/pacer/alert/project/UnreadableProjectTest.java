package io.pacer.alert.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.support.MessageBuilder;

import io.pacer.alert.ServiceTest;
import io.pacer.events.PacerJson;
import io.pacer.events.ProjectRecord;
import io.pacer.events.Topics;
import io.pacer.support.kafka.PoisonRecordException;

/**
 * A pacer.projects record that can never be applied (no key, not JSON, no region or signing date, another id than
 * its key) is refused as poison, which the shared policy sends alone to pacer.projects.dlq, and changes nothing,
 * through the binding too; the next record is applied. A restore skips it.
 */
class UnreadableProjectTest extends ServiceTest {

    private static final String ID = "p-poison";

    @Autowired
    ProjectIntake intake;
    @Autowired
    ProjectBook book;

    private void send(String key, byte[] value) {
        input.send(MessageBuilder.withPayload(value)
                .setHeader(KafkaHeaders.RECEIVED_KEY, key.getBytes(StandardCharsets.UTF_8)).build(), Topics.PROJECTS);
    }

    private static byte[] json(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private boolean held(String id) {
        return book.all().stream().anyMatch(p -> p.id().equals(id));
    }

    @Test
    void aProjectThatCanNeverBeAppliedIsRefusedAsPoisonAndTheNextRecordIsApplied() {
        List<String> poison = List.of("not json", "null", "{\"id\":\"" + ID + "\",\"signedOn\":\"2026-01-05\"}",
                "{\"id\":\"" + ID + "\",\"regionId\":\"gxq\"}",
                "{\"id\":\"" + ID + "\",\"regionId\":\"gxq\",\"signedOn\":\"2026-13-45\"}",
                new String(PacerJson.write(Projects.signed("p-other", "gxq", LocalDate.of(2026, 1, 5))),
                        StandardCharsets.UTF_8));
        for (String bad : poison) {
            assertThatThrownBy(() -> intake.apply(ID, json(bad), true)).as(bad)
                    .isInstanceOf(PoisonRecordException.class).hasMessageContaining(ID);
            send(ID, json(bad)); // the test binder logs the binding's failure
        }
        assertThat(held(ID)).isFalse();
        assertThat(held("p-other")).isFalse();

        send(ID, PacerJson.write(Projects.signed(ID, "gxq", LocalDate.of(2026, 1, 5))));

        assertThat(book.all()).filteredOn(p -> p.id().equals(ID)).extracting(ProjectRecord::regionId)
                .containsExactly("gxq");
    }

    @Test
    void aRecordWithoutAKeyIsPoison() {
        byte[] project = PacerJson.write(Projects.signed("p-keyless", "gxq", LocalDate.of(2026, 1, 5)));

        assertThatThrownBy(() -> intake.apply(null, project, true)).isInstanceOf(PoisonRecordException.class);
        assertThatThrownBy(() -> intake.apply(" ", project, true)).isInstanceOf(PoisonRecordException.class);
        assertThat(held("p-keyless")).isFalse();
    }

    @Test
    void aRecordThatCanNeverBeAppliedIsSkippedWhenRestoring() {
        intake.restore("p-restore", json("{\"id\":\"p-restore\"}"));
        assertThat(held("p-restore")).isFalse();

        intake.restore("p-restore", PacerJson.write(Projects.signed("p-restore", "ta", LocalDate.of(2026, 2, 1))));

        assertThat(held("p-restore")).isTrue();
    }
}
