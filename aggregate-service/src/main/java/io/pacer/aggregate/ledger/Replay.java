package io.pacer.aggregate.ledger;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.common.TopicPartition;

/**
 * Ledger partitions being replayed into memory after an assignment. The ledger is the aggregate's state: on
 * assignment a partition is read again from offset 0 up to the checkpoint whose effects MongoDB already holds.
 * Until a partition gets there, its groups are applied but not flushed, so no half-replayed figure is published or
 * stored; once there, the stored figures are seeded and the next flush sends only what really differs.
 */
final class Replay {

    private final Map<TopicPartition, Long> until = new HashMap<>();
    private final Map<TopicPartition, Set<String>> groups = new HashMap<>();

    /** Replays {@code tp} up to and including {@code lastStored}; nothing to do when that is below 0. */
    void start(TopicPartition tp, long lastStored) {
        groups.remove(tp);
        if (lastStored >= 0) {
            until.put(tp, lastStored);
        } else {
            until.remove(tp);
        }
    }

    boolean isReplaying(TopicPartition tp) {
        return until.containsKey(tp);
    }

    boolean isReplayingAny() {
        return !until.isEmpty();
    }

    /** Notes a group applied from a replaying partition. */
    void group(TopicPartition tp, String group) {
        if (until.containsKey(tp)) {
            groups.computeIfAbsent(tp, p -> new HashSet<>()).add(group);
        }
    }

    /** Whether a group may be flushed: false while the partition that feeds it is being replayed. */
    boolean isSettled(String group) {
        for (Set<String> replaying : groups.values()) {
            if (replaying.contains(group)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The partition has been read up to {@code offset}: when that reaches its target, the replay ends and the
     * groups it fed are returned (to be seeded with the stored figures); otherwise null.
     */
    Set<String> reached(TopicPartition tp, long offset) {
        Long target = until.get(tp);
        if (target == null || offset < target) {
            return null;
        }
        until.remove(tp);
        Set<String> fed = groups.remove(tp);
        return fed == null ? Set.of() : fed;
    }

    void forget(List<TopicPartition> partitions) {
        partitions.forEach(tp -> {
            until.remove(tp);
            groups.remove(tp);
        });
    }

    void clear() {
        until.clear();
        groups.clear();
    }
}
