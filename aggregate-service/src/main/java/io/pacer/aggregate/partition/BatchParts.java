package io.pacer.aggregate.partition;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.pacer.aggregate.input.Incoming;
import io.pacer.support.kafka.PoisonRecordException;

/**
 * A consumed batch split by partition number, each part in the batch's order and knowing where in the batch its
 * records were. Every part is applied, even after another part met a poison record; then the earliest poison is
 * reported by its index in the batch, as the listener's error handler expects: the records before it are done, it
 * goes alone to the dead letters, and the ones after it come again (applying a record again changes nothing).
 */
final class BatchParts {

    /** The records of one partition number, with their indexes in the batch. */
    record Part(int partition, List<Incoming> records, List<Integer> indexes) {
    }

    private BatchParts() {
    }

    static Collection<Part> split(List<Incoming> batch) {
        Map<Integer, Part> parts = new LinkedHashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            Incoming in = batch.get(i);
            Part part = parts.computeIfAbsent(in.partition().partition(),
                    p -> new Part(p, new ArrayList<>(), new ArrayList<>()));
            part.records().add(in);
            part.indexes().add(i);
        }
        return parts.values();
    }

    /**
     * Applies every part; throws the first failure that is not a poison record (the batch is then retried), else
     * the earliest poison record at its index in the batch ({@link PoisonRecordException#inBatchAt}).
     */
    static void applyEach(Collection<Part> parts, Function<Part, PartitionInput.Poison> apply) {
        int earliest = -1;
        PoisonRecordException poison = null;
        RuntimeException failure = null;
        for (Part part : parts) {
            try {
                PartitionInput.Poison p = apply.apply(part);
                int at = p == null ? -1 : part.indexes().get(p.index());
                if (p != null && (earliest < 0 || at < earliest)) {
                    earliest = at;
                    poison = p.cause();
                }
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
        if (poison != null) {
            throw poison.inBatchAt(earliest);
        }
    }
}
