package io.pacer.alert.position;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.kafka.common.utils.Utils;
import org.springframework.stereotype.Component;

/**
 * The ledger partitions ({@code pacer.submissions}, group {@code alert-service-ledger}) this instance owns, out of
 * how many. What an instance judges on a clock of its own, rather than on a record it consumed (MISSING_REPORT,
 * SIGN_TO_PILE), is limited to the keys of these partitions, so across the instances of the group each key is judged
 * by one. A key maps to a partition as Kafka's default partitioner maps it: murmur2 of its UTF-8 bytes modulo the
 * partition count; a null key to partition 0. Before any assignment nothing is owned.
 */
@Component
public class LedgerOwnership {

    private record Owned(Set<Integer> partitions, int count) {
    }

    private volatile Owned owned = new Owned(Set.of(), 0);
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    /** The partitions owned now, after an assignment or a revocation; the listeners run when they changed. */
    public void owned(Set<Integer> partitions, int count) {
        Owned now = new Owned(Set.copyOf(partitions), count);
        Owned before = owned;
        owned = now;
        if (!now.equals(before)) {
            listeners.forEach(Runnable::run);
        }
    }

    /** Runs {@code listener} (on the thread that changed the ownership) whenever the owned partitions change. */
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    /** Whether the partition of {@code key} is owned here. */
    public boolean owns(String key) {
        Owned now = owned;
        return now.count() > 0 && now.partitions().contains(partitionOf(key, now.count()));
    }

    /** Whether any partition is owned yet. */
    public boolean assigned() {
        return owned.count() > 0;
    }

    static int partitionOf(String key, int count) {
        return key == null ? 0 : Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % count;
    }
}
