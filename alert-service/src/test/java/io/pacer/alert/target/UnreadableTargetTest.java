package io.pacer.alert.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.support.MessageBuilder;

import io.pacer.alert.ServiceTest;
import io.pacer.events.PacerJson;
import io.pacer.events.Topics;
import io.pacer.support.kafka.PoisonAndRetry;
import io.pacer.support.kafka.PoisonRecordException;

/**
 * A pacer.targets record that can never be applied is refused as poison (the shared policy sends it alone to
 * pacer.targets.dlq, see it/RegisterPolicyIT) and changes nothing, through the binding too; the next record is applied.
 * A restore skips it.
 */
class UnreadableTargetTest extends ServiceTest {

    private static final int YEAR = 2041;
    private static final String KEY = YEAR + ":gxq:projects_completed";

    @Autowired
    TargetBook book;
    @Autowired
    TargetIntake intake;
    @Autowired
    PoisonAndRetry policy;

    private void send(String key, byte[] value) {
        input.send(MessageBuilder.withPayload(value)
                .setHeader(KafkaHeaders.RECEIVED_KEY, key.getBytes(StandardCharsets.UTF_8)).build(), Topics.TARGETS);
    }

    private static byte[] json(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] target(int year, String annual) {
        return PacerJson.write(TargetRecords.toRecord(Target.of(year, "gxq", "projects_completed",
                new BigDecimal(annual), null, null, null, null)));
    }

    @Test
    void aTargetThatCanNeverBeAppliedIsRefusedAsPoisonAndTheNextRecordIsApplied() {
        List<String> poison = List.of("not json", "null",
                "{\"year\":" + YEAR + ",\"indicator\":\"projects_completed\",\"annualTarget\":12}",
                "{\"year\":" + YEAR + ",\"regionId\":\"gxq\",\"indicator\":\"projects_completed\",\"annualTarget\":-5}",
                "{\"year\":" + YEAR + ",\"regionId\":\"gxq\",\"indicator\":\"projects_completed\",\"annualTarget\":12,"
                        + "\"curve\":\"WAVY\"}",
                "{\"year\":" + YEAR + ",\"regionId\":\"gxq\",\"indicator\":\"projects_completed\"}",
                new String(target(YEAR + 1, "12"), StandardCharsets.UTF_8));
        for (String bad : poison) {
            assertThatThrownBy(() -> intake.apply(KEY, json(bad), true)).as(bad)
                    .isInstanceOf(PoisonRecordException.class).hasMessageContaining(KEY);
            send(KEY, json(bad)); // the test binder logs the binding's failure
        }
        assertThat(book.find(new TargetKey(YEAR, "gxq", "projects_completed"))).isEmpty();
        assertThat(book.find(new TargetKey(YEAR + 1, "gxq", "projects_completed"))).isEmpty();

        send(KEY, target(YEAR, "12"));

        assertThat(book.find(new TargetKey(YEAR, "gxq", "projects_completed")))
                .hasValueSatisfying(t -> assertThat(t.annualTarget()).isEqualByComparingTo("12"));
    }

    @Test
    void aRecordWithoutAKeyOrATombstoneOfAKeyThatNamesNoTargetIsPoison() {
        assertThatThrownBy(() -> intake.apply(null, target(YEAR, "12"), true))
                .isInstanceOf(PoisonRecordException.class);
        for (String key : List.of("gxq", "20x1:gxq:projects_completed", YEAR + "::projects_completed")) {
            assertThatThrownBy(() -> intake.apply(key, null, true)).as(key)
                    .isInstanceOf(PoisonRecordException.class).hasMessageContaining(key);
        }
    }

    @Test
    void aRecordThatCanNeverBeAppliedIsSkippedWhenRestoring() {
        String key = (YEAR + 2) + ":gxq:projects_completed";

        intake.restore(key, json("not json"));
        intake.restore(key, target(YEAR + 2, "30"));

        assertThat(book.find(new TargetKey(YEAR + 2, "gxq", "projects_completed")))
                .hasValueSatisfying(t -> assertThat(t.annualTarget()).isEqualByComparingTo("30"));
    }

    @Test
    void theSharedPolicyCoversEveryTopicTheServiceAppliesAndLeavesTheFeedToTheBinder() {
        for (String topic : List.of(Topics.REFERENCE, Topics.TARGETS, Topics.PROJECTS, Topics.FIGURES,
                Topics.SUBMISSIONS)) {
            assertThat(policy.retryAndDlqInBinding(topic, "alert-service")).as(topic).isFalse();
        }
        assertThat(policy.retryAndDlqInBinding(Topics.ALERTS, "alert-service-feed")).isTrue();
    }
}
