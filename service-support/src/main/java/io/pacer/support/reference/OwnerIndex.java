package io.pacer.support.reference;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Owner id → the ids of the records naming it (a region's child regions, a region's entities). Written under the
 * replica's lock, read without one: the sets are concurrent, and readers get unmodifiable live views.
 */
final class OwnerIndex {

    private final Map<String, Set<String>> byOwner = new ConcurrentHashMap<>();

    /** Moves {@code id} from {@code before}'s owner to {@code after}'s; a null owner is not indexed. */
    void move(String id, String before, String after) {
        if (before != null) {
            Set<String> ids = byOwner.get(before);
            if (ids != null) {
                ids.remove(id);
            }
        }
        if (after != null) {
            byOwner.computeIfAbsent(after, o -> ConcurrentHashMap.newKeySet()).add(id);
        }
    }

    /** The ids naming {@code owner}, a live unmodifiable view; empty for a null or unknown owner. */
    Set<String> of(String owner) {
        Set<String> ids = owner == null ? null : byOwner.get(owner);
        return ids == null ? Set.of() : Collections.unmodifiableSet(ids);
    }
}
