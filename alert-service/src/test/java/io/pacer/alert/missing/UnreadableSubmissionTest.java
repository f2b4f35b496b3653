package io.pacer.alert.missing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.listener.BatchListenerFailedException;

import io.pacer.alert.ServiceTest;
import io.pacer.alert.position.Incoming;
import io.pacer.events.Basis;
import io.pacer.events.PacerJson;
import io.pacer.events.Period;
import io.pacer.events.SubmissionRecord;
import io.pacer.support.kafka.PoisonRecordException;

/**
 * A ledger record the shared ledger decoder refuses (not JSON, a number written as a string, missing fields) stops
 * its poll there: what came before it is applied, and it is handed to the error handler alone, by its index.
 */
class UnreadableSubmissionTest extends ServiceTest {

    private static final String INDICATOR = "projects_completed";

    @Autowired
    SubmissionIntake intake;
    @Autowired
    ReportBook reports;

    private static byte[] record(String entity, String period) {
        return PacerJson.write(new SubmissionRecord("s-" + entity + period, entity, "ta", "d1", INDICATOR,
                Basis.CUMULATIVE, period, BigDecimal.ONE, null, Instant.parse("2033-03-01T00:00:00Z"), List.of()));
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aValueWrittenAsAStringIsHandedOverAloneAndWhatCameBeforeItIsApplied() {
        byte[] stringValue = bytes("{\"schemaVersion\":1,\"submissionId\":\"s2\",\"entityId\":\"e-str\",\"regionId\":"
                + "\"ta\",\"parentRegionId\":\"d1\",\"indicator\":\"" + INDICATOR + "\",\"basis\":\"CUMULATIVE\","
                + "\"period\":\"2033-02\",\"value\":\"1\",\"acceptedAt\":\"2033-03-01T00:00:00Z\"}");
        List<Incoming> poll = List.of(new Incoming(0, 1, record("e-str", "2033-01")), new Incoming(0, 2, stringValue),
                new Incoming(0, 3, record("e-str", "2033-03")));

        assertThatThrownBy(() -> intake.apply(poll)).isInstanceOfSatisfying(BatchListenerFailedException.class, e -> {
            assertThat(e.getIndex()).isEqualTo(1);
            assertThat(e.getCause()).isInstanceOf(PoisonRecordException.class).hasMessageContaining("value");
        });
        assertThat(PacerJson.read(stringValue, SubmissionRecord.class).value()).as("the mapper would coerce it")
                .isEqualByComparingTo("1");
        assertThat(reports.reported("e-str", INDICATOR, 2033)).containsExactly(Period.parse("2033-01"));
    }

    @Test
    void notJsonJsonNullAndMissingFieldsAreUnreadableToo() {
        for (String bad : List.of("not json", "null", "{\"entityId\":\"e-bad\",\"indicator\":\"x\"}",
                "{\"entityId\":\"e-bad\",\"indicator\":\"x\",\"period\":\"2033-13\"}")) {
            List<Incoming> poll = List.of(new Incoming(0, 7, bytes(bad)));

            assertThatThrownBy(() -> intake.apply(poll)).as(bad)
                    .isInstanceOfSatisfying(BatchListenerFailedException.class,
                            e -> assertThat(e.getIndex()).isZero());
        }
        assertThat(reports.firstReported("e-bad")).isNull();
    }

    @Test
    void aRecordThatCannotBeReadIsSkippedWhenRestoring() {
        intake.restore(bytes("{\"entityId\":\"e-restore\",\"indicator\":\"x\",\"period\":\"2033-01\",\"value\":\"1\"}"),
                0);
        intake.restore(record("e-restore", "2033-04"), 0);

        assertThat(reports.reported("e-restore", INDICATOR, 2033)).containsExactly(Period.parse("2033-04"));
        assertThat(reports.reported("e-restore", "x", 2033)).isEmpty();
    }
}
