package io.pacer.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/** End offsets and a consumer group's committed offsets, through the Admin client. */
final class Offsets implements AutoCloseable {

    private final Admin admin;

    Offsets(String bootstrap) {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(AdminClientConfig.CLIENT_ID_CONFIG, "pacer-bench-admin");
        admin = Admin.create(p);
    }

    /** The last stable offset of each partition (what a read_committed consumer can reach). */
    Map<TopicPartition, Long> ends(String topic) {
        return offsets(topic, OffsetSpec.latest());
    }

    /** The log start offset of each partition (where a group moved to the beginning reads from). */
    Map<TopicPartition, Long> starts(String topic) {
        return offsets(topic, OffsetSpec.earliest());
    }

    private Map<TopicPartition, Long> offsets(String topic, OffsetSpec which) {
        List<TopicPartition> partitions = get(admin.describeTopics(List.of(topic)).allTopicNames()).get(topic)
                .partitions().stream().map(i -> new TopicPartition(topic, i.partition())).toList();
        Map<TopicPartition, OffsetSpec> spec = new HashMap<>();
        partitions.forEach(tp -> spec.put(tp, which));
        Map<TopicPartition, Long> ends = new HashMap<>();
        get(admin.listOffsets(spec, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all())
                .forEach((tp, info) -> ends.put(tp, info.offset()));
        return ends;
    }

    /** The group's committed offsets on the topic (missing partitions: nothing committed yet). */
    Map<TopicPartition, Long> committed(String group, String topic) {
        Map<TopicPartition, Long> committed = new HashMap<>();
        get(admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()).forEach((tp, o) -> {
            if (o != null && tp.topic().equals(topic)) {
                committed.put(tp, o.offset());
            }
        });
        return committed;
    }

    /** The groups whose id starts with {@code prefix} and that have members now. */
    List<String> activeGroups(String prefix) {
        List<String> ids = get(admin.listConsumerGroups().all()).stream().map(g -> g.groupId())
                .filter(id -> id.startsWith(prefix)).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return get(admin.describeConsumerGroups(ids).all()).values().stream().filter(d -> !d.members().isEmpty())
                .map(d -> d.groupId()).toList();
    }

    /** Whether the group has members now (a consumer has joined). */
    boolean hasMembers(String group) {
        try {
            return !get(admin.describeConsumerGroups(List.of(group)).all()).get(group).members().isEmpty();
        } catch (BenchException e) {
            return false;
        }
    }

    /**
     * Whether a member of the group has partitions of the topic assigned now (its consumer of that topic is
     * running; a group may hold consumers of several topics, as alert-service's does).
     */
    boolean assigned(String group, String topic) {
        try {
            return get(admin.describeConsumerGroups(List.of(group)).all()).get(group).members().stream()
                    .anyMatch(m -> m.assignment().topicPartitions().stream().anyMatch(tp -> tp.topic().equals(topic)));
        } catch (BenchException e) {
            return false;
        }
    }

    /** Moves an idle group to the end of a topic, so a restarted service doesn't replay it. */
    void skipToEnd(String group, String topic) {
        moveTo(group, ends(topic));
    }

    /** Moves an idle group to the beginning of a topic, so the next start reads all of it. */
    void rewind(String group, String topic) {
        moveTo(group, starts(topic));
    }

    /**
     * Sets the group's offsets. The broker refuses while the group still has members (a stopped consumer may take a
     * moment to leave): tried again for up to a minute.
     */
    private void moveTo(String group, Map<TopicPartition, Long> offsets) {
        Map<TopicPartition, OffsetAndMetadata> to = new HashMap<>();
        offsets.forEach((tp, offset) -> to.put(tp, new OffsetAndMetadata(offset)));
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (true) {
            try {
                get(admin.alterConsumerGroupOffsets(group, to).all());
                return;
            } catch (BenchException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Stack.sleep(1000);
            }
        }
    }

    static long sum(Map<TopicPartition, Long> offsets) {
        return offsets.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Σ max(0, end − committed), counting a partition without a commit as wholly unread. */
    static long lag(Map<TopicPartition, Long> ends, Map<TopicPartition, Long> committed) {
        long lag = 0;
        for (Map.Entry<TopicPartition, Long> e : ends.entrySet()) {
            lag += Math.max(0, e.getValue() - committed.getOrDefault(e.getKey(), 0L));
        }
        return lag;
    }

    private static <T> T get(org.apache.kafka.common.KafkaFuture<T> future) {
        try {
            return future.get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchException("interrupted");
        } catch (ExecutionException | TimeoutException e) {
            throw new BenchException("Kafka admin call failed: " + e, e);
        }
    }

    @Override
    public void close() {
        admin.close();
    }
}
