package io.pacer.localstack;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupIdNotFoundException;

/**
 * Which service instance owns which partitions, read from Kafka's description of the services' consumer groups.
 * A member is mapped to its instance by its client id: {@code ./pacer} (and the e2e stacks) give each consumer
 * binding of an instance the client id {@code pacer-<service>-<port>-<binding>} ({@link #clientId}), to which the
 * listener container appends {@code -<n>}. A member with another client id is shown by its client id and host.
 */
public final class GroupAssignments {

    /** The consumer groups of the ledger, the totals and the figures: the ones whose partitions split the work. */
    public static final List<String> SERVICE_GROUPS = List.of("aggregate-service", "alert-service",
            "alert-service-ledger");
    private static final Pattern PACER_CLIENT = Pattern.compile("^pacer-([a-z]+)-(\\d+)-.*");

    /** One instance's partitions of one topic, in one group. */
    public record Owned(String instance, String group, String topic, List<Integer> partitions) {
    }

    /** A group's state and what it assigns; {@code unassigned} lists the topic partitions no member holds. */
    public record Group(String group, String state, List<Owned> owned, Map<String, List<Integer>> unassigned) {
    }

    private GroupAssignments() {
    }

    /** The client id an instance's consumer binding is given, so that {@link #instanceOf} finds the instance. */
    public static String clientId(String service, int port, String binding) {
        return "pacer-" + service + "-" + port + "-" + binding;
    }

    /** "aggregate :8082" for a Pacer client id, else "client-id@host". */
    public static String instanceOf(String clientId, String host) {
        Matcher m = PACER_CLIENT.matcher(clientId);
        if (m.matches()) {
            return m.group(1) + " :" + m.group(2);
        }
        return clientId + "@" + (host.startsWith("/") ? host.substring(1) : host);
    }

    /** Describes the groups; a group that does not exist comes back empty, in state "absent" (or "Dead"). */
    public static List<Group> describe(Admin admin, Collection<String> groups)
            throws InterruptedException, ExecutionException, TimeoutException {
        var futures = admin.describeConsumerGroups(groups).describedGroups();
        List<Group> result = new ArrayList<>();
        for (String name : groups) {
            ConsumerGroupDescription d;
            try {
                d = futures.get(name).get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof GroupIdNotFoundException) {
                    result.add(new Group(name, "absent", List.of(), Map.of()));
                    continue;
                }
                throw e;
            }
            Map<String, Map<String, TreeSet<Integer>>> byInstance = new TreeMap<>();
            TreeSet<String> topics = new TreeSet<>();
            List<TopicPartition> held = new ArrayList<>();
            for (MemberDescription member : d.members()) {
                String instance = instanceOf(member.clientId(), member.host());
                for (TopicPartition tp : member.assignment().topicPartitions()) {
                    byInstance.computeIfAbsent(instance, k -> new TreeMap<>())
                            .computeIfAbsent(tp.topic(), k -> new TreeSet<>()).add(tp.partition());
                    topics.add(tp.topic());
                    held.add(tp);
                }
            }
            topics.addAll(committedTopics(admin, name));
            List<Owned> owned = new ArrayList<>();
            byInstance.forEach((instance, perTopic) -> perTopic.forEach((topic, partitions) ->
                    owned.add(new Owned(instance, name, topic, List.copyOf(partitions)))));
            result.add(new Group(name, String.valueOf(d.groupState()), owned, unassigned(admin, topics, held)));
        }
        return result;
    }

    /** Describes the services' groups on a broker. */
    public static List<Group> describe(String bootstrapServers)
            throws InterruptedException, ExecutionException, TimeoutException {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "pacer-local-stack-groups");
        try (Admin admin = Admin.create(props)) {
            return describe(admin, SERVICE_GROUPS);
        }
    }

    /**
     * Records of the group's topics that it has not committed yet (end offsets of committed records minus its
     * committed offsets; a partition it has committed nothing for counts from 0). -1 when the group has committed
     * nothing at all.
     */
    public static long lag(String bootstrapServers, String group)
            throws InterruptedException, ExecutionException, TimeoutException {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "pacer-local-stack-lag");
        try (Admin admin = Admin.create(props)) {
            Collection<String> topics = committedTopics(admin, group);
            if (topics.isEmpty()) {
                return -1;
            }
            var committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
                    .get(30, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
            admin.describeTopics(topics).allTopicNames().get(30, TimeUnit.SECONDS).forEach((topic, d) ->
                    d.partitions().forEach(p -> latest.put(new TopicPartition(topic, p.partition()),
                            OffsetSpec.latest())));
            long lag = 0;
            var ends = admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all()
                    .get(30, TimeUnit.SECONDS);
            for (var end : ends.entrySet()) {
                var offset = committed.get(end.getKey());
                lag += Math.max(0, end.getValue().offset() - (offset == null ? 0 : offset.offset()));
            }
            return lag;
        }
    }

    /**
     * One line per instance and topic, instances in order: {@code aggregate :8082  pacer.submissions 0,2  (group
     * aggregate-service)}, then a line per topic with partitions no instance holds.
     */
    public static List<String> format(List<Group> groups) {
        Map<String, List<String>> lines = new TreeMap<>();
        List<String> trailing = new ArrayList<>();
        for (Group g : groups) {
            for (Owned o : g.owned()) {
                lines.computeIfAbsent(o.instance(), k -> new ArrayList<>()).add(String.format("%-20s %-22s %s",
                        o.instance(), o.topic() + " " + join(o.partitions()), "(group " + g.group() + ")"));
            }
            g.unassigned().forEach((topic, partitions) -> trailing.add(String.format("%-20s %-22s %s",
                    "nobody", topic + " " + join(partitions), "(group " + g.group() + ", " + g.state() + ")")));
        }
        List<String> out = new ArrayList<>();
        lines.values().forEach(out::addAll);
        out.addAll(trailing);
        return out;
    }

    private static String join(List<Integer> partitions) {
        return String.join(",", partitions.stream().map(String::valueOf).toList());
    }

    /** Topics the group has committed offsets for: so a group with no live member still shows what it leaves. */
    private static Collection<String> committedTopics(Admin admin, String group)
            throws InterruptedException, ExecutionException, TimeoutException {
        try {
            return admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS)
                    .keySet().stream().map(TopicPartition::topic).distinct().toList();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof GroupIdNotFoundException) {
                return List.of();
            }
            throw e;
        }
    }

    private static Map<String, List<Integer>> unassigned(Admin admin, Collection<String> topics,
            Collection<TopicPartition> held) throws InterruptedException, ExecutionException, TimeoutException {
        Map<String, List<Integer>> missing = new TreeMap<>();
        if (topics.isEmpty()) {
            return missing;
        }
        Map<String, TopicDescription> described = admin.describeTopics(topics).allTopicNames()
                .get(30, TimeUnit.SECONDS);
        described.forEach((topic, description) -> {
            List<Integer> free = description.partitions().stream().map(p -> p.partition())
                    .filter(p -> !held.contains(new TopicPartition(topic, p))).sorted().toList();
            if (!free.isEmpty()) {
                missing.put(topic, free);
            }
        });
        return missing;
    }
}
