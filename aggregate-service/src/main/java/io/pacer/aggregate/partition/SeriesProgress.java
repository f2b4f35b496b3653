package io.pacer.aggregate.partition;

import java.util.HashMap;
import java.util.Map;

import io.pacer.aggregate.store.SeriesDocuments;
import org.apache.kafka.common.TopicPartition;

/**
 * How far the entities' series of a state's ledger partition are stored, which has a checkpoint of its own: the
 * series are written with live flushes, but not in the middle of a backlog (a catch-up would rewrite every series
 * at every flush), so they may be stored up to an earlier offset than the figures. A record past it marks its
 * series to be written again, replayed or not. Also how many entries each series had appended since it was last
 * written whole. Guarded by the state's lock.
 */
final class SeriesProgress {

    /** Per ledger partition, the offset up to which the series are stored (or queued for storing); -1: none. */
    private final Map<TopicPartition, Long> stored = new HashMap<>();
    /** Per ledger partition, the highest offset applied. */
    private final Map<TopicPartition, Long> reached = new HashMap<>();
    /** A series with this many entries appended since it was last written whole is written whole again. */
    static final int COMPACT_AFTER = 12;
    /** Per series id, how many entries were appended since it was last written whole (by this state). */
    private final Map<String, Integer> appended = new HashMap<>();

    /** Notes {@code count} entries appended to a series; false when that makes it due to be written whole instead. */
    boolean appended(String seriesId, int count) {
        int total = appended.merge(seriesId, count, Integer::sum);
        if (total > COMPACT_AFTER) {
            appended.remove(seriesId);
            return false;
        }
        return true;
    }

    void writtenWhole(String seriesId) {
        appended.remove(seriesId);
    }

    void assigned(TopicPartition ledger, Long storedUpTo) {
        stored.put(ledger, storedUpTo == null ? -1 : storedUpTo);
        reached.remove(ledger);
    }

    /** Whether the series effects of the record at {@code offset} are stored already. */
    boolean isStored(TopicPartition ledger, long offset) {
        Long upTo = stored.get(ledger);
        return upTo != null && offset <= upTo;
    }

    void reached(TopicPartition ledger, long offset) {
        reached.merge(ledger, offset, Math::max);
    }

    /**
     * The series checkpoints that go with a write of every series marked so far: each ledger partition's highest
     * applied offset (never below what is stored already, a replay starts from 0).
     */
    Map<String, Long> taken() {
        Map<String, Long> marks = new HashMap<>();
        reached.forEach((ledger, offset) -> {
            long upTo = Math.max(offset, stored.getOrDefault(ledger, -1L));
            stored.put(ledger, upTo);
            marks.put(SeriesDocuments.checkpointKey(PartitionState.key(ledger)), upTo);
        });
        return marks;
    }

    void forget(TopicPartition ledger) {
        stored.remove(ledger);
        reached.remove(ledger);
        // counted afresh: a series' appended entries are then merged a little longer before it is written whole
        appended.clear();
    }

    void clear() {
        stored.clear();
        reached.clear();
        appended.clear();
    }
}
