package io.pacer.aggregate.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.kafka.clients.consumer.ConsumerPartitionAssignor.Assignment;
import org.apache.kafka.clients.consumer.ConsumerPartitionAssignor.GroupSubscription;
import org.apache.kafka.clients.consumer.ConsumerPartitionAssignor.Subscription;
import org.apache.kafka.common.Cluster;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;

/**
 * Fixtures: a consumer group whose members are consumer threads of instances (user data naming the instance, as
 * {@link ColocatingAssignor} sends it) or members without user data, over topics of given partition counts; each
 * round assigns with what the previous round gave as the members' owned partitions, and checks what the Kafka
 * consumer's coordinator checks of a cooperative assignment.
 */
final class GroupMother {

    static final String LEDGER = "ledger";
    static final String TOTALS = "totals";

    private final Map<String, Integer> partitions = new TreeMap<>();
    private final Map<String, List<String>> topics = new LinkedHashMap<>();
    private final Map<String, String> instances = new HashMap<>();
    private Map<String, List<TopicPartition>> owned = new HashMap<>();

    private GroupMother() {
    }

    static GroupMother topics(int ledgerPartitions, int totalsPartitions) {
        GroupMother group = new GroupMother();
        group.partitions.put(LEDGER, ledgerPartitions);
        group.partitions.put(TOTALS, totalsPartitions);
        return group;
    }

    /** An instance with {@code threads} consumers of each topic, the members "{instance}-{topic}-{n}". */
    GroupMother instance(String instance, int threads) {
        for (String topic : List.of(LEDGER, TOTALS)) {
            for (int n = 0; n < threads; n++) {
                member(instance + "-" + topic + "-" + n, instance, topic);
            }
        }
        return this;
    }

    /** A member of {@code instance} (null: no user data) subscribed to {@code subscribed}. */
    GroupMother member(String id, String instance, String... subscribed) {
        topics.put(id, List.of(subscribed));
        instances.put(id, instance);
        return this;
    }

    GroupMother leave(String instance) {
        topics.keySet().removeIf(id -> instance.equals(instances.get(id)));
        return this;
    }

    /** One rebalance; its result is what the members own in the next. */
    Map<String, List<TopicPartition>> round() {
        Map<String, Subscription> subscriptions = new TreeMap<>();
        topics.forEach((id, subscribed) -> {
            String instance = instances.get(id);
            ByteBuffer data = instance == null ? null : ByteBuffer.wrap(instance.getBytes(StandardCharsets.UTF_8));
            subscriptions.put(id, new Subscription(subscribed, data, owned.getOrDefault(id, List.of())));
        });
        Map<String, Assignment> result = new ColocatingAssignor().assign(cluster(),
                new GroupSubscription(subscriptions)).groupAssignment();
        Map<String, List<TopicPartition>> assigned = new TreeMap<>();
        result.forEach((id, assignment) -> assigned.put(id, assignment.partitions()));
        assertThat(assigned.keySet()).isEqualTo(topics.keySet());
        assertCooperative(assigned);
        assigned.forEach((id, tps) -> assertThat(tps).as(id).allSatisfy(tp -> assertThat(topics.get(id))
                .contains(tp.topic())));
        owned = assigned;
        return assigned;
    }

    /** Rebalances until nothing moves (as the members that gave partitions up rejoin), at most 3 times. */
    Map<String, List<TopicPartition>> settle() {
        Map<String, List<TopicPartition>> before = owned;
        for (int i = 0; i < 3; i++) {
            Map<String, List<TopicPartition>> after = round();
            if (after.equals(before)) {
                return after;
            }
            before = after;
        }
        throw new AssertionError("still moving after 3 rebalances: " + before);
    }

    /** What each instance (a member without user data: the member) was given. */
    Map<String, Set<TopicPartition>> byInstance(Map<String, List<TopicPartition>> assigned) {
        Map<String, Set<TopicPartition>> by = new TreeMap<>();
        assigned.forEach((id, tps) -> by.computeIfAbsent(instances.get(id) == null ? id : instances.get(id),
                k -> new HashSet<>()).addAll(tps));
        return by;
    }

    /** Every partition of every topic, exactly once. */
    void assertEveryPartitionOnce(Map<String, List<TopicPartition>> assigned) {
        List<TopicPartition> all = new ArrayList<>();
        assigned.values().forEach(all::addAll);
        List<TopicPartition> expected = new ArrayList<>();
        partitions.forEach((topic, count) -> {
            for (int n = 0; n < count; n++) {
                expected.add(new TopicPartition(topic, n));
            }
        });
        assertThat(all).containsExactlyInAnyOrderElementsOf(expected);
    }

    /** No partition is given to one member while another still gives it up (the coordinator's cooperative check). */
    private void assertCooperative(Map<String, List<TopicPartition>> assigned) {
        Set<TopicPartition> added = new HashSet<>();
        Set<TopicPartition> revoked = new HashSet<>();
        assigned.forEach((id, tps) -> {
            List<TopicPartition> had = owned.getOrDefault(id, List.of());
            tps.stream().filter(tp -> !had.contains(tp)).forEach(added::add);
            had.stream().filter(tp -> !tps.contains(tp)).forEach(revoked::add);
        });
        added.retainAll(revoked);
        assertThat(added).as("given to one member while revoked from another").isEmpty();
    }

    private Cluster cluster() {
        Node node = new Node(0, "localhost", 9092);
        List<PartitionInfo> infos = new ArrayList<>();
        partitions.forEach((topic, count) -> {
            for (int n = 0; n < count; n++) {
                infos.add(new PartitionInfo(topic, n, node, new Node[] {node}, new Node[] {node}));
            }
        });
        return new Cluster("test", List.of(node), infos, Set.of(), Set.of());
    }
}
