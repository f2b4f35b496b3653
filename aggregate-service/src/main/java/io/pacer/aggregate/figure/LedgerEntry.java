package io.pacer.aggregate.figure;

import java.math.BigDecimal;
import java.time.Instant;

import io.pacer.events.Basis;

/**
 * One accepted figure of an (entity, indicator, period) as the ledger holds it. {@code position} is the record's
 * offset in its ledger partition: for one key the entry with the highest position wins, whatever order the
 * entries are delivered in, so redelivery, duplicates and replays all reach one state. {@code late}: accepted after
 * the period's reporting deadline, as the ledger record says.
 */
public record LedgerEntry(long position, String submissionId, String regionId, Basis basis, BigDecimal value,
        BigDecimal priorYearValue, Instant acceptedAt, boolean late) {
}
