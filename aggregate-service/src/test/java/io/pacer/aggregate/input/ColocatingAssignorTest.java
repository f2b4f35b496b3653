package io.pacer.aggregate.input;

import static io.pacer.aggregate.input.GroupMother.LEDGER;
import static io.pacer.aggregate.input.GroupMother.TOTALS;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class ColocatingAssignorTest {

    @Test
    void twoInstancesOfTwoThreadsShareTheNumbersEvenlyWithBothTopicsOfANumberOnOneInstance() {
        GroupMother group = GroupMother.topics(6, 6).instance("a", 2).instance("b", 2);
        Map<String, List<TopicPartition>> assigned = group.round();

        group.assertEveryPartitionOnce(assigned);
        Map<String, Set<TopicPartition>> byInstance = group.byInstance(assigned);
        assertThat(byInstance).hasSize(2);
        byInstance.values().forEach(tps -> {
            assertThat(numbers(tps, LEDGER)).hasSize(3).isEqualTo(numbers(tps, TOTALS));
        });
        assertThat(assigned.values()).allSatisfy(tps -> assertThat(tps).hasSizeBetween(1, 2));
    }

    @Test
    void oneInstanceTakesEveryPartitionSpreadOverItsThreads() {
        GroupMother group = GroupMother.topics(6, 6).instance("a", 3);
        Map<String, List<TopicPartition>> assigned = group.round();

        group.assertEveryPartitionOnce(assigned);
        assertThat(assigned.values()).allSatisfy(tps -> assertThat(tps).hasSize(2));
    }

    @Test
    void numbersThatDoNotDivideEvenlyAndUnequalThreadCountsStayAtMostOneApart() {
        GroupMother group = GroupMother.topics(5, 5).instance("a", 3).instance("b", 1);
        Map<String, List<TopicPartition>> assigned = group.round();

        group.assertEveryPartitionOnce(assigned);
        Map<String, Set<TopicPartition>> byInstance = group.byInstance(assigned);
        assertThat(numbers(byInstance.get("a"), LEDGER)).hasSize(3).isEqualTo(numbers(byInstance.get("a"), TOTALS));
        assertThat(numbers(byInstance.get("b"), LEDGER)).hasSize(2).isEqualTo(numbers(byInstance.get("b"), TOTALS));
        assertThat(assigned.get("a-ledger-0")).hasSize(1);
        assertThat(assigned.get("b-ledger-0")).hasSize(2);
    }

    @Test
    void topicsWithDifferentPartitionCountsShareEachNumberBothHave() {
        GroupMother group = GroupMother.topics(6, 4).instance("a", 2).instance("b", 2);
        Map<String, List<TopicPartition>> assigned = group.round();

        group.assertEveryPartitionOnce(assigned);
        for (Set<TopicPartition> tps : group.byInstance(assigned).values()) {
            assertThat(numbers(tps, LEDGER)).hasSize(3).containsAll(numbers(tps, TOTALS));
        }
    }

    @Test
    void aMemberWithoutUserDataIsAnInstanceOfItsOwnAndTheOthersStayColocated() {
        GroupMother group = GroupMother.topics(6, 6).instance("a", 2).instance("b", 2)
                .member("old", null, LEDGER, TOTALS);
        Map<String, List<TopicPartition>> assigned = group.round();

        group.assertEveryPartitionOnce(assigned);
        Map<String, Set<TopicPartition>> byInstance = group.byInstance(assigned);
        assertThat(byInstance).hasSize(3);
        byInstance.values().forEach(tps -> assertThat(numbers(tps, LEDGER)).hasSize(2)
                .isEqualTo(numbers(tps, TOTALS)));
    }

    @Test
    void aMemberWithoutUserDataOnOneTopicLeavesTheOtherTopicsPartitionsOfItsNumbersToOthers() {
        GroupMother group = GroupMother.topics(4, 4).instance("a", 1).member("old", null, LEDGER);
        Map<String, List<TopicPartition>> assigned = group.round();

        group.assertEveryPartitionOnce(assigned);
        assertThat(assigned.get("old")).hasSize(2);
        assertThat(assigned.get("a-ledger-0")).hasSize(2);
        assertThat(assigned.get("a-totals-0")).hasSize(4);
    }

    @Test
    void aJoiningInstanceGetsHalfTheNumbersOnceTheHolderHasLetGoAndTheHolderKeepsTheRest() {
        GroupMother group = GroupMother.topics(6, 6).instance("a", 2);
        Map<String, List<TopicPartition>> before = group.settle();

        Map<String, List<TopicPartition>> joining = group.instance("b", 2).round();
        assertThat(group.byInstance(joining).getOrDefault("b", Set.of()))
                .as("nothing b is to have is given before a has let go of it").isEmpty();
        before.forEach((id, tps) -> assertThat(tps).as(id).containsAll(joining.get(id)));

        Map<String, List<TopicPartition>> after = group.settle();
        group.assertEveryPartitionOnce(after);
        group.byInstance(after).values().forEach(tps -> assertThat(numbers(tps, LEDGER)).hasSize(3)
                .isEqualTo(numbers(tps, TOTALS)));
        after.forEach((id, tps) -> {
            if (id.startsWith("a-")) {
                assertThat(before.get(id)).as("a's members keep what they still have").containsAll(tps);
            }
        });
    }

    @Test
    void theSurvivorOfTwoInstancesTakesEveryPartitionBack() {
        GroupMother group = GroupMother.topics(6, 6).instance("a", 2).instance("b", 2);
        group.settle();

        Map<String, List<TopicPartition>> after = group.leave("b").round();

        group.assertEveryPartitionOnce(after);
        assertThat(group.byInstance(after)).containsOnlyKeys("a");
    }

    @Test
    void theSameGroupIsAssignedTheSameWayEveryTime() {
        Map<String, List<TopicPartition>> first = GroupMother.topics(6, 6).instance("b", 2).instance("a", 2).round();
        Map<String, List<TopicPartition>> second = GroupMother.topics(6, 6).instance("a", 2).instance("b", 2).round();

        assertThat(first).isEqualTo(second);
    }

    @Test
    void theUserDataNamesTheConfiguredInstanceElseOneIdPerProcess() {
        ColocatingAssignor configured = new ColocatingAssignor();
        configured.configure(Map.of(ColocatingAssignor.INSTANCE_CONFIG, "aggregate :8092 x"));
        ColocatingAssignor plain = new ColocatingAssignor();
        plain.configure(Map.of("client.id", "c"));

        assertThat(StandardCharsets.UTF_8.decode(configured.subscriptionUserData(Set.of(LEDGER))).toString())
                .isEqualTo("aggregate :8092 x");
        assertThat(plain.subscriptionUserData(Set.of(LEDGER)))
                .isEqualTo(new ColocatingAssignor().subscriptionUserData(Set.of(TOTALS)))
                .isNotEqualTo(configured.subscriptionUserData(Set.of(LEDGER)));
    }

    private static Set<Integer> numbers(Set<TopicPartition> tps, String topic) {
        Set<Integer> numbers = new TreeSet<>();
        tps.stream().filter(tp -> tp.topic().equals(topic)).forEach(tp -> numbers.add(tp.partition()));
        return numbers;
    }
}
