package io.pacer.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.pacer.events.TopicSpec.Partitions;
import io.pacer.events.TopicSpec.Retention;

class TopicsTest {

    private static List<String> names() {
        return Topics.ALL.stream().map(TopicSpec::name).toList();
    }

    @Test
    void everyTopicIsListedOnce() {
        assertThat(names()).doesNotHaveDuplicates();
    }

    @Test
    void everyTopicNameConstantIsInTheList() throws IllegalAccessException {
        List<String> constants = new ArrayList<>();
        for (Field field : Topics.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class
                    && !field.getName().equals("DLQ_SUFFIX")) {
                constants.add((String) field.get(null));
            }
        }
        assertThat(constants).hasSizeGreaterThan(10);
        assertThat(names()).containsExactlyInAnyOrderElementsOf(constants);
    }

    @Test
    void aDeadLetterTopicHasItsSourcesPartitionsAndKeepsItsRecords() {
        List<TopicSpec> deadLetters = Topics.ALL.stream().filter(TopicSpec::isDeadLetterTopic).toList();

        assertThat(deadLetters).extracting(TopicSpec::name).contains(Topics.SUBMISSIONS_DLQ, Topics.REFERENCE_DLQ,
                Topics.FIGURES_DLQ, Topics.REGION_TOTALS_DLQ, Topics.PROJECTS_DLQ, Topics.TARGETS_DLQ);
        for (TopicSpec dlq : deadLetters) {
            String sourceName = dlq.name().substring(0, dlq.name().length() - Topics.DLQ_SUFFIX.length());
            TopicSpec source = Topics.spec(sourceName);
            assertThat(dlq.partitions()).as(dlq.name()).isEqualTo(source.partitions());
            assertThat(dlq.retention()).as(dlq.name()).isEqualTo(Retention.FOREVER);
            assertThat(dlq.compacted()).as(dlq.name()).isFalse();
        }
    }

    @Test
    void registersAreCompactedOnOnePartitionAndKeptForever() {
        for (String register : List.of(Topics.REFERENCE, Topics.TARGETS, Topics.PROJECTS)) {
            TopicSpec spec = Topics.spec(register);
            assertThat(spec.partitions()).as(register).isEqualTo(Partitions.fixed(1));
            assertThat(spec.configs()).as(register)
                    .isEqualTo(Map.of("cleanup.policy", "compact", "retention.ms", "-1"));
        }
    }

    @Test
    void theLedgerIsKeptForeverAndTopicsKeyedByParentShareItsPartitions() {
        assertThat(Topics.spec(Topics.SUBMISSIONS).configs()).isEqualTo(Map.of("retention.ms", "-1"));
        for (String keyedByRegion : List.of(Topics.SUBMISSIONS, Topics.FIGURES, Topics.REGION_TOTALS, Topics.ALERTS)) {
            assertThat(Topics.spec(keyedByRegion).partitionCount(7)).as(keyedByRegion).isEqualTo(7);
        }
        assertThat(Topics.spec(Topics.FIGURES).configs()).isEmpty();
    }

    @Test
    void theRecordClassesOfKeysAndValuesAreNamed() {
        assertThat(Topics.spec(Topics.SUBMISSIONS).value().type()).isEqualTo(SubmissionRecord.class);
        assertThat(Topics.spec(Topics.PROJECTS).value().type()).isEqualTo(ProjectRecord.class);
        assertThat(Topics.spec(Topics.ALERTS).key().type()).isNull();
        assertThat(Topics.spec(Topics.ALERTS).key()).hasToString("region id");
    }

    @Test
    void anUnknownTopicIsRefusedByName() {
        assertThatThrownBy(() -> Topics.spec("pacer.nope")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pacer.nope");
    }

    @Test
    void aFixedPartitionCountIsAtLeastOne() {
        assertThatThrownBy(() -> Partitions.fixed(0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Partitions.fixed(3).count(6)).isEqualTo(3);
        assertThat(Partitions.LEDGER.count(6)).isEqualTo(6);
    }
}
