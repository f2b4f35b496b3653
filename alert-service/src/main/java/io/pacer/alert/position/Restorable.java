package io.pacer.alert.position;

import java.util.Set;

/**
 * In-memory state built from a keyed topic's partitions that can be restored from them: forgotten per partition
 * when it is taken away, and not judged on while a partition is read back.
 */
public interface Restorable {

    /** The topic the state is built from. */
    String topic();

    /** Applies a record that was judged before (into memory only). */
    void restore(byte[] value, int partition);

    void restoring(int partition, boolean underway);

    void forget(int partition);

    /**
     * The partitions of the topic this instance owns now (after an assignment or a revocation) out of
     * {@code partitionCount}: what a state judges on a clock of its own must be limited to them.
     */
    default void owned(Set<Integer> partitions, int partitionCount) {
    }
}
