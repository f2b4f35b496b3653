package io.pacer.aggregate.partition;

import java.util.function.Consumer;

import io.pacer.aggregate.figure.FigureEngine;
import io.pacer.support.kafka.PoisonRecordException;
import io.pacer.aggregate.input.RecordRules;
import io.pacer.aggregate.reference.ReferenceBook;
import io.pacer.aggregate.store.Failures;
import io.pacer.events.Indicator;
import io.pacer.events.PacerJson;
import io.pacer.events.Region;
import io.pacer.events.ReportingEntity;
import io.pacer.support.security.TokenDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies one {@code pacer.reference} record: tokens to the directory, registers to the book (shared by every
 * partition), and returns what the register change does to a partition's engine, which the caller applies to each
 * engine under its lock. A record that can't be read or applied is poison: it is in memory only, nothing waits on a dependency, and retrying
 * it would stop every register and token behind it.
 */
final class ReferenceRecords {

    private static final Logger log = LoggerFactory.getLogger(ReferenceRecords.class);

    private final ReferenceBook book;
    private final TokenDirectory tokens;

    ReferenceRecords(ReferenceBook book, TokenDirectory tokens) {
        this.book = book;
        this.tokens = tokens;
    }

    /**
     * Applies the record (a null or empty value deletes); returns what it changes in an engine when it was a
     * register, whose figures move, else null.
     */
    Consumer<FigureEngine> apply(String key, byte[] value) {
        Object reference;
        try {
            reference = value == null || value.length == 0 ? null : PacerJson.readReference(key, value);
        } catch (RuntimeException e) {
            throw new PoisonRecordException("not a reference record for " + RecordRules.quote(key) + ": "
                    + e.getMessage(), e);
        }
        try {
            return applyReference(key, reference);
        } catch (RuntimeException e) {
            log.error("Reference {} could not be applied", RecordRules.quote(key), e);
            throw new PoisonRecordException("could not be applied: " + Failures.describe(e), e);
        }
    }

    private Consumer<FigureEngine> applyReference(String key, Object reference) {
        tokens.applyReference(key, reference);
        if (reference instanceof Region region) {
            book.put(region);
            return engine -> engine.regionChanged(region);
        } else if (reference instanceof Indicator indicator) {
            book.put(indicator);
            return engine -> engine.indicatorChanged(indicator.code());
        } else if (reference instanceof ReportingEntity entity) {
            ReportingEntity before = book.put(entity);
            return engine -> engine.entityChanged(before, entity);
        }
        return null;
    }
}
