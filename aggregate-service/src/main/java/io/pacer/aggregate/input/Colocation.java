package io.pacer.aggregate.input;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

import org.apache.kafka.common.TopicPartition;

/**
 * The plan of {@link ColocatingAssignor}: the partition numbers are divided among the instances, then each topic's
 * partitions of an instance's numbers among that instance's members subscribed to the topic. Every division is at
 * most one apart and deterministic (instances and members in the order of their ids), and each instance, then each
 * member, first keeps what it holds as far as its share allows. A partition whose instance has no member subscribed
 * to its topic goes to its holder if that one is subscribed, else to the subscribed member holding the fewest.
 */
final class Colocation {

    /** A group member: its instance, the topics it subscribes to, the partitions it holds. */
    record Member(String instance, Set<String> topics, Set<TopicPartition> owned) {
    }

    private final SortedMap<String, Member> members;
    private final SortedMap<String, Integer> partitions;
    private final SortedMap<String, List<String>> instances = new TreeMap<>();

    private Colocation(SortedMap<String, Member> members, SortedMap<String, Integer> partitions) {
        this.members = members;
        this.partitions = partitions;
        members.forEach((id, m) -> instances.computeIfAbsent(m.instance(), i -> new ArrayList<>()).add(id));
    }

    /**
     * Each member's partitions, by member id; {@code partitions} gives each topic's partition count (topics without
     * one are left out).
     */
    static Map<String, List<TopicPartition>> plan(SortedMap<String, Member> members,
            SortedMap<String, Integer> partitions) {
        return new Colocation(members, partitions).plan();
    }

    private Map<String, List<TopicPartition>> plan() {
        Map<String, List<TopicPartition>> plan = new TreeMap<>();
        members.keySet().forEach(id -> plan.put(id, new ArrayList<>()));
        if (members.isEmpty()) {
            return plan;
        }
        int numbers = partitions.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<Integer> all = new ArrayList<>();
        for (int n = 0; n < numbers; n++) {
            all.add(n);
        }
        Map<String, List<Integer>> byInstance = spread(all, new ArrayList<>(instances.keySet()), this::instanceHolding);
        List<TopicPartition> homeless = new ArrayList<>();
        byInstance.forEach((instance, owned) -> partitions.forEach((topic, count) -> {
            List<TopicPartition> tps = owned.stream().filter(n -> n < count)
                    .map(n -> new TopicPartition(topic, n)).toList();
            List<String> takers = instances.get(instance).stream()
                    .filter(id -> members.get(id).topics().contains(topic)).toList();
            if (takers.isEmpty()) {
                homeless.addAll(tps);
            } else {
                spread(tps, takers, tp -> holder(tp, takers)).forEach((id, given) -> plan.get(id).addAll(given));
            }
        }));
        for (TopicPartition tp : homeless) {
            List<String> takers = members.keySet().stream()
                    .filter(id -> members.get(id).topics().contains(tp.topic())).toList();
            String holder = holder(tp, takers);
            String taker = holder != null ? holder : fewest(takers, plan);
            if (taker != null) {
                plan.get(taker).add(tp);
            }
        }
        return plan;
    }

    /** The instance whose members hold the most partitions numbered {@code n}, the first by id on a tie. */
    private String instanceHolding(int n) {
        Map<String, Integer> held = new HashMap<>();
        members.values().forEach(m -> m.owned().forEach(tp -> {
            if (tp.partition() == n && partitions.containsKey(tp.topic())) {
                held.merge(m.instance(), 1, Integer::sum);
            }
        }));
        String best = null;
        for (String instance : instances.keySet()) {
            if (held.getOrDefault(instance, 0) > held.getOrDefault(best, 0)) {
                best = instance;
            }
        }
        return best;
    }

    /** The first of {@code takers} that holds {@code tp}, or null. */
    private String holder(TopicPartition tp, List<String> takers) {
        return takers.stream().filter(id -> members.get(id).owned().contains(tp)).findFirst().orElse(null);
    }

    private static String fewest(List<String> takers, Map<String, List<TopicPartition>> plan) {
        String fewest = null;
        for (String id : takers) {
            if (fewest == null || plan.get(id).size() < plan.get(fewest).size()) {
                fewest = id;
            }
        }
        return fewest;
    }

    /**
     * Gives each item to one of {@code takers} (in their order), the counts at most one apart: a taker first keeps
     * the items it holds up to its share, the rest go one by one to the taker with the fewest.
     */
    static <T> Map<String, List<T>> spread(List<T> items, List<String> takers, Function<T, String> holder) {
        Map<String, List<T>> given = new LinkedHashMap<>();
        takers.forEach(t -> given.put(t, new ArrayList<>()));
        int share = items.size() / takers.size();
        int extra = items.size() % takers.size();
        List<T> held = new ArrayList<>();
        List<T> rest = new ArrayList<>();
        for (T item : items) {
            List<T> mine = given.get(holder.apply(item));
            if (mine == null) {
                rest.add(item);
            } else if (mine.size() < share) {
                mine.add(item);
            } else {
                held.add(item);
            }
        }
        for (T item : held) {
            List<T> mine = given.get(holder.apply(item));
            if (mine.size() == share && extra > 0) {
                mine.add(item);
                extra--;
            } else {
                rest.add(item);
            }
        }
        for (T item : rest) {
            List<T> fewest = null;
            for (List<T> candidate : given.values()) {
                if (fewest == null || candidate.size() < fewest.size()) {
                    fewest = candidate;
                }
            }
            fewest.add(item);
        }
        return given;
    }
}
