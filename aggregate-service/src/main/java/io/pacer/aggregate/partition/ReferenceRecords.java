package io.pacer.aggregate.partition;

import java.util.function.Consumer;

import io.pacer.aggregate.figure.FigureEngine;
import io.pacer.support.kafka.PoisonRecordException;
import io.pacer.aggregate.input.RecordRules;
import io.pacer.aggregate.store.Failures;
import io.pacer.events.Indicator;
import io.pacer.events.PacerJson;
import io.pacer.events.Region;
import io.pacer.events.ReportingEntity;
import io.pacer.support.reference.ReferenceChange;
import io.pacer.support.reference.ReferenceReplica;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies one {@code pacer.reference} record to the replica under the book (shared by every partition; it hands
 * tokens to the directory), and returns what a register the replica took does to a partition's engine, which the
 * caller applies to each engine under its lock. A record the replica already holds at that offset or a newer one
 * changes nothing; a tombstone only leaves the registers. A record that can't be read or applied is poison: it is
 * in memory only, nothing waits on a dependency, and retrying it would stop every register and token behind it.
 */
final class ReferenceRecords {

    private static final Logger log = LoggerFactory.getLogger(ReferenceRecords.class);

    private final ReferenceReplica replica;

    ReferenceRecords(ReferenceReplica replica) {
        this.replica = replica;
    }

    /**
     * Applies the record read at {@code offset} (a null or empty value deletes); returns what it changes in an
     * engine when the replica took it and it was a register, whose figures move, else null.
     */
    Consumer<FigureEngine> apply(String key, byte[] value, long offset) {
        Object reference;
        try {
            reference = value == null || value.length == 0 ? null : PacerJson.readReference(key, value);
        } catch (RuntimeException e) {
            throw new PoisonRecordException("not a reference record for " + RecordRules.quote(key) + ": "
                    + e.getMessage(), e);
        }
        try {
            return replica.apply(key, reference, offset).map(ReferenceRecords::engineChange).orElse(null);
        } catch (RuntimeException e) {
            log.error("Reference {} could not be applied", RecordRules.quote(key), e);
            throw new PoisonRecordException("could not be applied: " + Failures.describe(e), e);
        }
    }

    private static Consumer<FigureEngine> engineChange(ReferenceChange change) {
        if (change.after() instanceof Region region) {
            return engine -> engine.regionChanged(region);
        } else if (change.after() instanceof Indicator indicator) {
            return engine -> engine.indicatorChanged(indicator.code());
        } else if (change.after() instanceof ReportingEntity entity) {
            ReportingEntity before = change.before() instanceof ReportingEntity b ? b : null;
            return engine -> engine.entityChanged(before, entity);
        }
        return null;
    }
}
