package io.pacer.aggregate.partition;

import java.util.HashMap;
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
    /** The groups each input partition feeds (the partition state's own bookkeeping, read here). */
    private final Map<TopicPartition, Set<String>> owned;

    Replay(Map<TopicPartition, Set<String>> owned) {
        this.owned = owned;
    }

    /** Replays {@code tp} up to and including {@code lastStored}; nothing to do when that is below 0. */
    void start(TopicPartition tp, long lastStored) {
        if (lastStored >= 0) {
            until.put(tp, lastStored);
        } else {
            until.remove(tp);
        }
    }

    boolean isReplaying(TopicPartition tp) {
        return until.containsKey(tp);
    }

    /** Whether the record at {@code offset} is one whose effects are stored already (at or before the checkpoint). */
    boolean isStored(TopicPartition tp, long offset) {
        Long target = until.get(tp);
        return target != null && offset <= target;
    }

    boolean isReplayingAny() {
        return !until.isEmpty();
    }

    /** Whether a group may be flushed: false while the partition that feeds it is being replayed. */
    boolean isSettled(String group) {
        for (TopicPartition tp : until.keySet()) {
            if (owned.getOrDefault(tp, Set.of()).contains(group)) {
                return false;
            }
        }
        return true;
    }

    /** The partition has been read up to {@code offset}: true when that ends its replay. */
    boolean reached(TopicPartition tp, long offset) {
        Long target = until.get(tp);
        if (target == null || offset < target) {
            return false;
        }
        until.remove(tp);
        return true;
    }

    void forget(TopicPartition tp) {
        until.remove(tp);
    }

    void clear() {
        until.clear();
    }
}
