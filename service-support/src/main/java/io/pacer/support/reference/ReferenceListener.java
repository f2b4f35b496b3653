package io.pacer.support.reference;

/**
 * Told by the {@link ReferenceReplica} of every record that changed what it holds under a key, after its own maps and
 * indexes hold the change and before the next record is applied: calls come one at a time, in the order the replica
 * took the records, on the applying thread. A listener keeps a service's own derived index this way; it must not
 * apply records to the replica itself.
 */
@FunctionalInterface
public interface ReferenceListener {

    /**
     * @param key    the reference key ({@code region:<id>}, …)
     * @param before the record held until now, null for none
     * @param after  the record held now, null for a tombstone
     */
    void changed(String key, Object before, Object after);
}
