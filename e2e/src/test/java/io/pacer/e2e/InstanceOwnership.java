package io.pacer.e2e;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.pacer.localstack.GroupAssignments;
import org.apache.kafka.common.utils.Utils;

/**
 * Which instance owns which partitions, from the services' consumer groups ({@link GroupAssignments}: members are
 * named by the client ids {@link FaultStack} gives each instance), and waiting for an ownership to settle.
 */
final class InstanceOwnership {

    private final String bootstrap;

    InstanceOwnership(String bootstrap) {
        this.bootstrap = bootstrap;
    }

    /** The partition a key goes to (Kafka's default partitioner, as the services compute it). */
    static int partition(String key, int partitions) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    List<GroupAssignments.Group> now() {
        try {
            return GroupAssignments.describe(bootstrap);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot describe the consumer groups: " + e, e);
        }
    }

    /** The port of the instance that owns a partition in a group; fails while nobody does. */
    int portOf(String group, String topic, int partition) {
        return Http.await(group + " owner of " + topic + "-" + partition, Duration.ofSeconds(60), () ->
                now().stream().filter(g -> g.group().equals(group)).flatMap(g -> g.owned().stream())
                        .filter(o -> o.topic().equals(topic) && o.partitions().contains(partition))
                        .map(o -> port(o.instance())).findFirst().orElse(null));
    }

    /**
     * Polls until, in every group, exactly the instances {@code expected} gives for the group hold its partitions,
     * none left unassigned; returns, per group, the seconds from {@code since} to the first poll that saw it so.
     */
    Map<String, Double> await(Function<String, Set<Integer>> expected, long since, Duration timeout) {
        Map<String, Double> settled = new LinkedHashMap<>();
        Http.await("the groups settled on " + GroupAssignments.SERVICE_GROUPS.stream()
                .collect(Collectors.toMap(g -> g, expected)), timeout, () -> {
                    long now = System.nanoTime();
                    for (GroupAssignments.Group g : now()) {
                        Set<Integer> holders = g.owned().stream().map(o -> port(o.instance()))
                                .collect(Collectors.toSet());
                        if (!settled.containsKey(g.group()) && g.unassigned().isEmpty()
                                && holders.equals(expected.apply(g.group()))) {
                            settled.put(g.group(), (now - since) / 1e9);
                        }
                    }
                    return settled.size() == GroupAssignments.SERVICE_GROUPS.size() ? settled : null;
                });
        return settled;
    }

    /** "aggregate :8082" → 8082; -1 for a member without a Pacer client id. */
    static int port(String instance) {
        int colon = instance.lastIndexOf(" :");
        return colon < 0 ? -1 : Integer.parseInt(instance.substring(colon + 2));
    }

    /** Every group's line of ./pacer status, for the test's output. */
    String describe() {
        return String.join("\n    ", GroupAssignments.format(now()));
    }
}
