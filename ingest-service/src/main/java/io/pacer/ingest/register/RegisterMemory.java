package io.pacer.ingest.register;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

import io.pacer.events.ReferenceKeys;
import io.pacer.events.Region;
import io.pacer.events.ReportingEntity;

/**
 * Every register and token record in memory, with the {@code pacer.reference} offset it came from. The registers
 * are small (thousands of records), and every request reads them several times, so reads must not wait on MongoDB.
 * A record replaces the held one only if its offset is newer, so the request path and the topic consumer may
 * apply the same records in any order and end in the topic's state. Writers are serialised; readers never block.
 * Each version also says whether MongoDB has it yet, so the topic consumer writes every version exactly once
 * there, whichever path brought it into memory.
 */
final class RegisterMemory {

    /** A record (null: deleted) as of {@code offset}; {@code persisted}: MongoDB holds it. */
    record Version(long offset, Object record, boolean persisted) {
    }

    private final Map<String, ConcurrentSkipListMap<String, Version>> byPrefix = Map.of(
            ReferenceKeys.REGION, new ConcurrentSkipListMap<>(), ReferenceKeys.INDICATOR, new ConcurrentSkipListMap<>(),
            ReferenceKeys.ENTITY, new ConcurrentSkipListMap<>(), ReferenceKeys.TOKEN, new ConcurrentSkipListMap<>());
    // The leaf-region rules ask "has this region children / entities?" for every region and entity validated.
    private final Map<String, Set<String>> childRegions = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> entitiesOfRegion = new ConcurrentHashMap<>();

    /** Applies the record if it is newer than the one held; true if it was. Unknown key prefixes are ignored. */
    boolean apply(String key, Object record, long offset) {
        return apply(key, record, offset, false);
    }

    /** Like {@link #apply(String, Object, long)}, for a record read from MongoDB. */
    boolean loaded(String key, Object record, long offset) {
        return apply(key, record, offset, true);
    }

    /** Notes that MongoDB holds the version of {@code key} at {@code offset}, if that is still the one held. */
    synchronized void persisted(String key, long offset) {
        String prefix = prefix(key);
        ConcurrentSkipListMap<String, Version> records = byPrefix.get(prefix);
        String id = key.substring(prefix.length());
        Version v = records.get(id);
        if (v != null && v.offset() == offset && !v.persisted()) {
            records.put(id, new Version(offset, v.record(), true));
        }
    }

    private synchronized boolean apply(String key, Object record, long offset, boolean persisted) {
        String prefix = prefix(key);
        if (prefix == null) {
            return false;
        }
        String id = key.substring(prefix.length());
        ConcurrentSkipListMap<String, Version> records = byPrefix.get(prefix);
        Version old = records.get(id);
        if (old != null && old.offset() >= offset) {
            return false;
        }
        records.put(id, new Version(offset, record, persisted));
        reindex(id, old == null ? null : old.record(), record);
        return true;
    }

    Optional<Version> version(String key) {
        String prefix = prefix(key);
        return prefix == null ? Optional.empty()
                : Optional.ofNullable(byPrefix.get(prefix).get(key.substring(prefix.length())));
    }

    <T> Optional<T> get(String prefix, String id, Class<T> type) {
        if (id == null) {
            return Optional.empty();
        }
        Version v = byPrefix.get(prefix).get(id);
        return v == null || v.record() == null ? Optional.empty() : Optional.of(type.cast(v.record()));
    }

    /** The live records of one kind, by id. */
    <T> List<T> all(String prefix, Class<T> type) {
        return byPrefix.get(prefix).values().stream().map(Version::record).filter(r -> r != null).map(type::cast)
                .toList();
    }

    boolean hasChildRegions(String regionId) {
        return !childRegions.getOrDefault(regionId, Set.of()).isEmpty();
    }

    /** The ids of the live regions whose parent is {@code regionId} (a live view). */
    Set<String> childRegions(String regionId) {
        return regionId == null ? Set.of() : childRegions.getOrDefault(regionId, Set.of());
    }

    boolean hasEntities(String regionId) {
        return !entitiesOfRegion.getOrDefault(regionId, Set.of()).isEmpty();
    }

    private void reindex(String id, Object old, Object now) {
        if (old instanceof Region r && r.parentId() != null) {
            remove(childRegions, r.parentId(), id);
        }
        if (old instanceof ReportingEntity e && e.regionId() != null) {
            remove(entitiesOfRegion, e.regionId(), id);
        }
        if (now instanceof Region r && r.parentId() != null) {
            childRegions.computeIfAbsent(r.parentId(), k -> ConcurrentHashMap.newKeySet()).add(id);
        }
        if (now instanceof ReportingEntity e && e.regionId() != null) {
            entitiesOfRegion.computeIfAbsent(e.regionId(), k -> ConcurrentHashMap.newKeySet()).add(id);
        }
    }

    private static void remove(Map<String, Set<String>> index, String owner, String id) {
        Set<String> ids = index.get(owner);
        if (ids != null) {
            ids.remove(id);
        }
    }

    static String prefix(String key) {
        if (key == null || ReferenceKeys.typeOf(key) == null) {
            return null;
        }
        return key.substring(0, key.indexOf(':') + 1);
    }
}
