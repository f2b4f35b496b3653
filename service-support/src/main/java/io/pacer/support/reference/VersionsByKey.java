package io.pacer.support.reference;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

import io.pacer.events.ReferenceKeys;

/** The {@link ReferenceReplica.Version}s held, one sorted map per key prefix; written under the replica's lock. */
final class VersionsByKey {

    private final Map<String, ConcurrentSkipListMap<String, ReferenceReplica.Version>> byPrefix = Map.of(
            ReferenceKeys.REGION, new ConcurrentSkipListMap<>(), ReferenceKeys.INDICATOR, new ConcurrentSkipListMap<>(),
            ReferenceKeys.ENTITY, new ConcurrentSkipListMap<>(), ReferenceKeys.TOKEN, new ConcurrentSkipListMap<>());

    /** The version under a key whose prefix is a reference one, or null. */
    ReferenceReplica.Version get(String prefix, String id) {
        return id == null ? null : byPrefix.get(prefix).get(id);
    }

    void put(String prefix, String id, ReferenceReplica.Version version) {
        byPrefix.get(prefix).put(id, version);
    }

    <T> Optional<T> record(String prefix, String id, Class<T> type) {
        ReferenceReplica.Version v = get(prefix, id);
        return v == null || v.record() == null ? Optional.empty() : Optional.of(type.cast(v.record()));
    }

    /** The live records of one prefix, by id. */
    <T> List<T> all(String prefix, Class<T> type) {
        return byPrefix.get(prefix).values().stream().map(ReferenceReplica.Version::record).filter(Objects::nonNull)
                .map(type::cast).toList();
    }
}
