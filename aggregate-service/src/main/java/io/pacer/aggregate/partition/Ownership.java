package io.pacer.aggregate.partition;

import java.util.HashSet;
import java.util.Set;

import io.pacer.aggregate.store.Documents;
import io.pacer.aggregate.store.SeriesDocuments;
import io.pacer.events.RegionTotals;
import io.pacer.events.Topics;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an assignment does to a partition's state, under its lock. A ledger partition is replayed from the
 * beginning into memory, quietly up to its checkpoint ({@link Replay}); a totals partition is rebuilt from its
 * stored rows and read on just past its checkpoint.
 */
final class Ownership {

    private static final Logger log = LoggerFactory.getLogger(Ownership.class);

    private Ownership() {
    }

    /**
     * Takes {@code tp} (which ends at {@code end}) into the state and returns where to read it from (null: the
     * beginning); adds to {@code seed} the groups whose stored figures are to be seeded.
     */
    static Long assign(PartitionState state, TopicPartition tp, long end, Set<String> seed) {
        Long stored = state.shared.store().checkpoint(PartitionState.key(tp));
        if (tp.topic().equals(Topics.SUBMISSIONS)) {
            state.forget(tp);
            state.owned.put(tp, new HashSet<>());
            if (stored != null && stored >= end) {
                log.warn("{} ends at {} but the store says {} was applied: the ledger was replaced; "
                        + "replaying what it holds", tp, end, stored);
                stored = null;
            }
            state.series.assigned(tp, state.shared.store().checkpoint(SeriesDocuments.checkpointKey(
                    PartitionState.key(tp))));
            state.replay.start(tp, stored == null ? -1 : stored);
            return null;
        }
        seed.addAll(load(state, tp));
        return stored == null ? null : stored + 1;
    }

    /** The totals a partition had delivered, as stored with the position each came from. */
    private static Set<String> load(PartitionState state, TopicPartition tp) {
        Set<String> groups = state.owned.computeIfAbsent(tp, p -> new HashSet<>());
        state.engine.drop(groups);
        groups.clear();
        state.shared.store().forEachTotals(PartitionState.key(tp), d -> {
            RegionTotals totals = Documents.totals(d);
            state.engine.applyTotals(totals, d.getLong("position"));
            groups.add(totals.parentId());
        });
        return groups;
    }
}
