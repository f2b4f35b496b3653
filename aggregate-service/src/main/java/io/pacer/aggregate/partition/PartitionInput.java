package io.pacer.aggregate.partition;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.pacer.aggregate.figure.EntitySeries;
import io.pacer.aggregate.figure.LedgerEntry;
import io.pacer.aggregate.flush.FlushPolicy;
import io.pacer.aggregate.input.Incoming;
import io.pacer.aggregate.input.LedgerRecords;
import io.pacer.support.kafka.PoisonRecordException;
import io.pacer.aggregate.store.Documents;
import io.pacer.aggregate.store.Failures;
import io.pacer.events.LedgerScanner;
import io.pacer.events.Period;
import io.pacer.events.RegionTotals;
import io.pacer.events.SubmissionRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the records of one partition number's part of a batch to its {@link PartitionState}, under its lock. A
 * ledger part whose newest record was accepted more than ten seconds ago is a backlog (a start, a rebuild, a
 * consumer that fell behind): its changes wait for the instance's next round of backlog flushes
 * ({@link io.pacer.aggregate.flush.BacklogClock}), which is what makes catching up fast. A fresh part is live traffic
 * and is flushed within about a tenth of a second ({@link FlushPolicy}). A poison record stops its part (what came before it is flushed) and is
 * returned, so the caller dead-letters it alone while the other partitions' parts go on.
 */
final class PartitionInput {

    private static final Logger log = LoggerFactory.getLogger(PartitionInput.class);

    /** A poison record at {@code index} of the part: the records after it were not applied. */
    record Poison(int index, PoisonRecordException cause) {
    }

    private final PartitionState state;
    /** Guarded by the state's lock, like the engine. */
    private final LedgerScanner scanner = new LedgerScanner();

    PartitionInput(PartitionState state) {
        this.state = state;
    }

    Poison ledger(List<Incoming> part) {
        try {
            return applyLedger(part);
        } finally {
            state.policy.ledgerBatchDone();
        }
    }

    private Poison applyLedger(List<Incoming> part) {
        state.reloadIfNeeded();
        Pending pending = state.pending;
        int acceptedBefore = pending.acceptedCount();
        Map<TopicPartition, Long> reached = new HashMap<>();
        long newest = Long.MIN_VALUE;
        for (int i = 0; i < part.size(); i++) {
            Incoming in = part.get(i);
            SubmissionRecord record;
            try {
                record = LedgerRecords.submission(in.bytes(), scanner);
                applyOrPoison(in, record);
            } catch (PoisonRecordException e) {
                if (state.replay.isReplaying(in.partition())) {
                    // dead-lettered when it was first met, before the checkpoint being replayed to
                    reached.merge(in.partition(), in.offset(), Math::max);
                    continue;
                }
                noteReached(reached);
                state.commit();
                return new Poison(i, e);
            }
            reached.merge(in.partition(), in.offset(), Math::max);
            if (record.acceptedAt() != null) {
                newest = Math.max(newest, record.acceptedAt().toEpochMilli());
            }
        }
        boolean live = FlushPolicy.isLive(newest);
        state.policy.ledgerBatch(live);
        if (!live) {
            state.shared.clock().backlogBatch();
            pending.dropAccepted(acceptedBefore);
        } else {
            FlushMeters.since(state.shared.meters().toApplied, pending.acceptedAt(), acceptedBefore,
                    pending.acceptedCount());
        }
        if (noteReached(reached)) {
            state.commit();
        } else {
            state.flushIfDue();
        }
        return null;
    }

    /** Notes the positions a part reached; true when that ended a replay. */
    private boolean noteReached(Map<TopicPartition, Long> reached) {
        boolean ended = false;
        for (Map.Entry<TopicPartition, Long> r : reached.entrySet()) {
            state.series.reached(r.getKey(), r.getValue());
            if (state.replay.reached(r.getKey(), r.getValue())) {
                Set<String> fed = state.owned.getOrDefault(r.getKey(), Set.of());
                Aggregator.awaitStore(state.shared, "seeding replayed groups");
                state.seed(fed);
                log.info("Replayed {} up to offset {}: {} groups back in memory", r.getKey(), r.getValue(),
                        fed.size());
                ended = true;
            }
            if (!state.replay.isReplaying(r.getKey())) {
                state.pending.position(PartitionState.key(r.getKey()), r.getValue());
            }
        }
        reached.clear();
        return ended;
    }

    Poison totals(List<Incoming> part) {
        state.reloadIfNeeded();
        for (int i = 0; i < part.size(); i++) {
            Incoming in = part.get(i);
            boolean changed;
            RegionTotals totals;
            try {
                totals = LedgerRecords.totals(in.bytes());
                changed = applyTotals(in, totals);
            } catch (PoisonRecordException e) {
                state.commit();
                return new Poison(i, e);
            }
            String partition = PartitionState.key(in.partition());
            if (changed) {
                state.pending.totals(Documents.totals(partition, totals, in.offset()));
            }
            state.owned.computeIfAbsent(in.partition(), p -> new HashSet<>()).add(totals.parentId());
            state.pending.position(partition, in.offset());
        }
        // totals flow back from the states' flushes: while the instance reads a backlog they wait for its next
        // round too, or each of them would undo the coalescing
        state.flushIfDue();
        return null;
    }

    private boolean applyTotals(Incoming in, RegionTotals totals) {
        try {
            return state.engine.applyTotals(totals, in.offset());
        } catch (RuntimeException e) {
            throw unappliable(in, e);
        }
    }

    /**
     * Applies a decoded record; an exception from the engine (nothing in it waits on a dependency, so it is a bug
     * this record's data meets) makes the record poison rather than failing its batch for ever.
     */
    private void applyOrPoison(Incoming in, SubmissionRecord r) {
        try {
            apply(in, r);
        } catch (RuntimeException e) {
            throw unappliable(in, e);
        }
    }

    private static PoisonRecordException unappliable(Incoming in, RuntimeException e) {
        log.error("{} offset {} could not be applied", in.partition(), in.offset(), e);
        return new PoisonRecordException("could not be applied: " + Failures.describe(e), e);
    }

    private void apply(Incoming in, SubmissionRecord r) {
        Period period = scanner.period(r.period());
        LedgerEntry entry = new LedgerEntry(in.offset(), r.submissionId(), r.regionId(), r.basis(), r.value(),
                r.priorYearValue(), r.acceptedAt(), r.late());
        EntitySeries.Applied result = state.engine.applyLedger(r.parentRegionId(), r.entityId(), r.indicator(),
                period, entry);
        boolean quiet = state.replay.isStored(in.partition(), in.offset());
        if (result == EntitySeries.Applied.REPLACED) {
            state.shared.meters().applied.increment();
            if (!quiet) {
                state.pending.accepted(r.acceptedAt());
            }
        }
        if (result != EntitySeries.Applied.DUPLICATE && !state.series.isStored(in.partition(), in.offset())) {
            state.pending.series(r.parentRegionId(), r.entityId(), r.indicator(), period, entry);
        }
        state.owned.computeIfAbsent(in.partition(), p -> new HashSet<>()).add(r.parentRegionId());
    }
}
