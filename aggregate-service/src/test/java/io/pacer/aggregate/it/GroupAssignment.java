package io.pacer.aggregate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.common.TopicPartition;

/**
 * A consumer group's assignment as its coordinator reports it: the assignor the group chose and the partitions of
 * each member, grouped by the instance a function of the member's client id names.
 */
record GroupAssignment(String assignor, Map<String, List<TopicPartition>> byInstance) {

    static GroupAssignment of(String brokers, String group, Function<String, String> instanceOfClientId)
            throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, brokers))) {
            ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group)).all().get()
                    .get(group);
            Map<String, List<TopicPartition>> byInstance = new TreeMap<>();
            for (MemberDescription member : description.members()) {
                byInstance.computeIfAbsent(instanceOfClientId.apply(member.clientId()), i -> new ArrayList<>())
                        .addAll(member.assignment().topicPartitions());
            }
            return new GroupAssignment(description.partitionAssignor(), byInstance);
        }
    }

    /**
     * Asserts that each of {@code topics} (of {@code partitions} partitions) is assigned whole, each partition once,
     * and that each instance holds partition N of every topic or of none.
     */
    void assertColocated(Set<String> topics, int partitions) {
        Map<TopicPartition, String> owner = new HashMap<>();
        byInstance.forEach((instance, tps) -> tps.forEach(tp -> assertThat(owner.put(tp, instance))
                .as("%s assigned twice", tp).isNull()));
        assertThat(owner).as("every partition assigned").hasSize(topics.size() * partitions);
        for (int n = 0; n < partitions; n++) {
            Set<String> instances = new TreeSet<>();
            for (String topic : topics) {
                instances.add(owner.get(new TopicPartition(topic, n)));
            }
            assertThat(instances).as("the instances holding partition %d: %s", n, byInstance).hasSize(1);
        }
    }

    /** The partition numbers {@code instance} holds. */
    Set<Integer> numbers(String instance) {
        Set<Integer> numbers = new TreeSet<>();
        byInstance.getOrDefault(instance, List.of()).forEach(tp -> numbers.add(tp.partition()));
        return numbers;
    }
}
