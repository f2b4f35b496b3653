package io.pacer.support.testing;

import java.util.concurrent.atomic.AtomicLong;

import io.pacer.events.ReferenceKeys;
import io.pacer.support.reference.ReferenceReplica;
import io.pacer.support.security.TokenDirectory;

/**
 * Puts register and token records into a {@link ReferenceReplica} as a topic consumer would: each under its
 * reference key at an offset newer than any this class gave before (one counter for the whole JVM), so a later put
 * replaces an earlier one.
 */
public final class References {

    private static final AtomicLong OFFSETS = new AtomicLong();

    private References() {
    }

    /** An empty replica with a directory of its own. */
    public static ReferenceReplica replica() {
        return new ReferenceReplica(new TokenDirectory());
    }

    /** Applies each record, in order, at the next offset; returns the replica. */
    public static ReferenceReplica put(ReferenceReplica replica, Object... records) {
        for (Object record : records) {
            replica.apply(ReferenceKeys.of(record), record, OFFSETS.incrementAndGet());
        }
        return replica;
    }

    /** Applies a tombstone under {@code key} at the next offset. */
    public static void delete(ReferenceReplica replica, String key) {
        replica.apply(key, null, OFFSETS.incrementAndGet());
    }
}
