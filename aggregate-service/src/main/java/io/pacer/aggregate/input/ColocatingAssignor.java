package io.pacer.aggregate.input;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerPartitionAssignor;
import org.apache.kafka.common.Cluster;
import org.apache.kafka.common.Configurable;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Assigns the partitions of a consumer group so that partition N of every topic the group reads lands in one
 * instance: the ledger and the totals, read by two listener containers in the same group, feed one state per
 * partition number, and a parent with both leaf and inner children needs both partitions N in the instance that
 * ranks its children.
 *
 * <p>A member names its instance in its subscription's user data: {@link #INSTANCE_CONFIG} of its consumer
 * configuration ({@link InstanceIdentity} sets one per application context), else an id made once per process. A
 * member without user data (a client without this assignor's identity) is an instance of its own. The partition
 * numbers are divided among the instances, and each topic's partitions of an instance among its members subscribed
 * to the topic, as {@link Colocation} plans.
 *
 * <p>Under the cooperative protocol a partition that another member still holds is left out of the new owner's
 * assignment until the holder has given it up, which makes it rejoin: it moves on the following rebalance.
 *
 * <p>Every member of the group must list it in {@code partition.assignment.strategy}. Public, with a public
 * no-argument constructor: the Kafka consumer creates it from its class name.
 */
public final class ColocatingAssignor implements ConsumerPartitionAssignor, Configurable {

    /** The assignor's name in the group protocol. */
    public static final String NAME = "pacer-colocating";
    /** The consumer configuration key that names the member's instance. */
    public static final String INSTANCE_CONFIG = "pacer.assignor.instance";

    private static final Logger log = LoggerFactory.getLogger(ColocatingAssignor.class);
    private static final String PROCESS = "pid " + ProcessHandle.current().pid() + "/" + UUID.randomUUID();

    private String instance = PROCESS;

    @Override
    public void configure(Map<String, ?> configs) {
        Object configured = configs.get(INSTANCE_CONFIG);
        if (configured != null && !configured.toString().isBlank()) {
            instance = configured.toString();
        }
    }

    @Override
    public ByteBuffer subscriptionUserData(Set<String> topics) {
        return ByteBuffer.wrap(instance.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public List<RebalanceProtocol> supportedProtocols() {
        return List.of(RebalanceProtocol.COOPERATIVE, RebalanceProtocol.EAGER);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public GroupAssignment assign(Cluster metadata, GroupSubscription group) {
        SortedMap<String, Colocation.Member> members = new TreeMap<>();
        SortedMap<String, Integer> partitions = new TreeMap<>();
        Set<TopicPartition> held = new HashSet<>();
        group.groupSubscription().forEach((id, subscription) -> {
            Set<TopicPartition> owned = new HashSet<>(subscription.ownedPartitions());
            members.put(id, new Colocation.Member(instanceOf(id, subscription.userData()),
                    new TreeSet<>(subscription.topics()), owned));
            held.addAll(owned);
            for (String topic : subscription.topics()) {
                Integer count = metadata.partitionCountForTopic(topic);
                if (count != null) {
                    partitions.put(topic, count);
                }
            }
        });
        Map<String, List<TopicPartition>> plan = Colocation.plan(members, partitions);
        Map<String, Assignment> assignments = new HashMap<>();
        Map<String, Set<Integer>> numbers = new TreeMap<>();
        int waiting = 0;
        for (Map.Entry<String, List<TopicPartition>> entry : plan.entrySet()) {
            Colocation.Member member = members.get(entry.getKey());
            List<TopicPartition> given = new ArrayList<>();
            for (TopicPartition tp : entry.getValue()) {
                numbers.computeIfAbsent(member.instance(), i -> new TreeSet<>()).add(tp.partition());
                if (member.owned().contains(tp) || !held.contains(tp)) {
                    given.add(tp);
                } else {
                    waiting++;
                }
            }
            assignments.put(entry.getKey(), new Assignment(given));
        }
        log.info("Assigned the partitions of {} to {} members, partition numbers by instance {}; {} wait for their "
                + "holder to let go", partitions, members.size(), numbers, waiting);
        return new GroupAssignment(assignments);
    }

    /** The instance a member names in its user data, or the member itself when it names none. */
    static String instanceOf(String memberId, ByteBuffer userData) {
        if (userData == null || !userData.hasRemaining()) {
            return "member " + memberId;
        }
        return "instance " + StandardCharsets.UTF_8.decode(userData.duplicate());
    }
}
