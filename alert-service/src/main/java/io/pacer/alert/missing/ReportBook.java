package io.pacer.alert.missing;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import io.pacer.alert.position.LedgerOwnership;
import io.pacer.events.Period;

/**
 * Which months each entity reported each indicator for, in memory, from the ledger ({@code pacer.submissions}):
 * MISSING_REPORT reads it for every entity on its clock and for one entity per ledger poll. Each entity is
 * tagged with the partition its records came on (the key is its region's parent), so a partition taken away is
 * forgotten, and while one is restored the clock waits. The clock judges only the entities of the partitions this
 * instance owns ({@link #owns}), so across instances of one consumer group each entity is judged by one.
 */
@Component
class ReportBook {

    private static final class Reports {
        final int partition;
        final Map<String, Integer> monthsByIndicatorYear = new ConcurrentHashMap<>();
        volatile Period first;

        Reports(int partition) {
            this.partition = partition;
        }
    }

    private final Map<String, Reports> entities = new ConcurrentHashMap<>();
    private final Set<Integer> restoring = ConcurrentHashMap.newKeySet();
    private final LedgerOwnership ownership;

    ReportBook(LedgerOwnership ownership) {
        this.ownership = ownership;
    }

    void apply(String entityId, String indicator, Period period, int partition) {
        Reports reports = entities.compute(entityId, (id, r) -> r == null || r.partition != partition
                ? new Reports(partition) : r);
        reports.monthsByIndicatorYear.merge(indicator + '\u0000' + period.year(), 1 << (period.month() - 1),
                (a, b) -> a | b);
        if (reports.first == null || period.compareTo(reports.first) < 0) {
            reports.first = period;
        }
    }

    Set<Period> reported(String entityId, String indicator, int year) {
        Set<Period> months = new HashSet<>();
        Reports reports = entities.get(entityId);
        Integer mask = reports == null ? null : reports.monthsByIndicatorYear.get(indicator + '\u0000' + year);
        for (int m = 1; mask != null && m <= 12; m++) {
            if ((mask & (1 << (m - 1))) != 0) {
                months.add(new Period(year, m));
            }
        }
        return months;
    }

    /** The entity's first reported month, for any indicator; null when it never reported. */
    Period firstReported(String entityId) {
        Reports reports = entities.get(entityId);
        return reports == null ? null : reports.first;
    }

    void restoring(int partition, boolean underway) {
        if (underway) {
            restoring.add(partition);
        } else {
            restoring.remove(partition);
        }
    }

    boolean restoring() {
        return !restoring.isEmpty();
    }

    void owned(Set<Integer> partitions, int count) {
        ownership.owned(partitions, count);
    }

    /**
     * Whether the entity's ledger records come on a partition this instance owns: those it read (they are forgotten
     * with their partition), else the partition its key (the parent of its region) maps to. Kafka's default
     * partitioner, murmur2 of the key's bytes modulo the partition count. An entity of a root region has no key;
     * the owner of partition 0 judges it.
     */
    boolean owns(String entityId, String parentRegionId) {
        if (!ownership.assigned()) {
            return false;
        }
        return entities.containsKey(entityId) || ownership.owns(parentRegionId);
    }

    void forget(int partition) {
        entities.values().removeIf(r -> r.partition == partition);
    }
}
