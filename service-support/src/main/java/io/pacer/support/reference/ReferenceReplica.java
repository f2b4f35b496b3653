package io.pacer.support.reference;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import io.pacer.events.Indicator;
import io.pacer.events.ReferenceKeys;
import io.pacer.events.Region;
import io.pacer.events.RegionTree;
import io.pacer.events.ReportingEntity;
import io.pacer.events.TokenRecord;
import io.pacer.support.security.TokenDirectory;

/**
 * A service's copy of {@code pacer.reference}: regions, indicators, reporting entities and tokens by key
 * ({@link ReferenceKeys}), each with the topic offset it came from. The rules:
 * <ul>
 * <li>A record replaces the one held under its key only if its offset is newer (an equal or older one is ignored), so
 * two paths (a topic consumer and a request that just published) may apply the same records any number of times, in
 * any order, and the replica ends in the topic's state. Offsets are compared per key only, and a key always lives in
 * one partition, so a topic of several partitions is fine.</li>
 * <li>A null record is a tombstone: the key holds nothing any more (its offset is still kept, so an older record read
 * later cannot bring it back), and the record leaves every index.</li>
 * <li>The indexes (child regions of a region, entities of a region, the {@link RegionTree}) follow every applied record
 * at once: a reparented region moves to its new parent, an entity to its new region.</li>
 * <li>Every token record taken is handed to the {@link TokenDirectory}, so the directory holds the newest one too.</li>
 * <li>Each {@link ReferenceListener} is called with the key, the record before and after, whenever a taken record
 * differs from the one it replaced.</li>
 * </ul>
 * Keys of another prefix are ignored; a record of the wrong type for its key is refused. Writers are serialised (the
 * listeners run under the same lock, so a derived index changes in offset order too); readers never block, and may
 * see a record a moment before the indexes and the listeners have caught up with it.
 */
public final class ReferenceReplica {

    /** What the replica holds under a key: {@code record} (null after a tombstone) as of {@code offset}. */
    public record Version(long offset, Object record) {
    }

    private final VersionsByKey versions = new VersionsByKey();
    private final OwnerIndex childRegions = new OwnerIndex();
    private final OwnerIndex entitiesOfRegion = new OwnerIndex();
    private final RegionTree tree = new RegionTree(this::region, childRegions::of);
    private final List<ReferenceListener> listeners = new CopyOnWriteArrayList<>();
    private final TokenDirectory tokens;

    /** @param tokens the directory that gets every token record taken */
    public ReferenceReplica(TokenDirectory tokens) {
        this.tokens = Objects.requireNonNull(tokens, "tokens");
    }

    /** Adds a listener for the records applied from now on. */
    public void listen(ReferenceListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /**
     * Applies {@code record} (null: a tombstone) read at {@code offset} under {@code key}; returns what changed, or
     * empty when the key's prefix is not a reference one or the replica already holds that offset or a newer one.
     *
     * @throws IllegalArgumentException when the record is not of the type its key names
     */
    public synchronized Optional<ReferenceChange> apply(String key, Object record, long offset) {
        String prefix = prefix(key);
        if (prefix == null) {
            return Optional.empty();
        }
        if (record != null && !ReferenceKeys.typeOf(key).isInstance(record)) {
            throw new IllegalArgumentException("a " + record.getClass().getSimpleName() + " under key " + key);
        }
        String id = key.substring(prefix.length());
        Version held = versions.get(prefix, id);
        if (held != null && held.offset() >= offset) {
            return Optional.empty();
        }
        versions.put(prefix, id, new Version(offset, record));
        ReferenceChange change = new ReferenceChange(key, held == null ? null : held.record(), record);
        if (change.contentChanged()) {
            reindex(id, change.before(), record);
            if (prefix.equals(ReferenceKeys.TOKEN)) {
                tokens.applyReference(key, record);
            }
            listeners.forEach(l -> l.changed(key, change.before(), record));
        }
        return Optional.of(change);
    }

    private void reindex(String id, Object before, Object after) {
        if (before instanceof Region || after instanceof Region) {
            childRegions.move(id, before instanceof Region r ? r.parentId() : null,
                    after instanceof Region r ? r.parentId() : null);
        }
        if (before instanceof ReportingEntity || after instanceof ReportingEntity) {
            entitiesOfRegion.move(id, before instanceof ReportingEntity e ? e.regionId() : null,
                    after instanceof ReportingEntity e ? e.regionId() : null);
        }
    }

    /** The version held under a key (also after a tombstone); empty when none was applied or the key is foreign. */
    public Optional<Version> version(String key) {
        String prefix = prefix(key);
        return prefix == null ? Optional.empty()
                : Optional.ofNullable(versions.get(prefix, key.substring(prefix.length())));
    }

    /** The record held under a key; empty when none, after a tombstone, or for a foreign key. */
    public Optional<Object> current(String key) {
        return version(key).map(Version::record);
    }

    public Optional<Region> region(String id) {
        return versions.record(ReferenceKeys.REGION, id, Region.class);
    }

    public Optional<Indicator> indicator(String code) {
        return versions.record(ReferenceKeys.INDICATOR, code, Indicator.class);
    }

    public Optional<ReportingEntity> entity(String id) {
        return versions.record(ReferenceKeys.ENTITY, id, ReportingEntity.class);
    }

    public Optional<TokenRecord> token(String sha256) {
        return versions.record(ReferenceKeys.TOKEN, sha256, TokenRecord.class);
    }

    /** Every region held, by id. */
    public List<Region> regions() {
        return versions.all(ReferenceKeys.REGION, Region.class);
    }

    /** Every indicator held, by code. */
    public List<Indicator> indicators() {
        return versions.all(ReferenceKeys.INDICATOR, Indicator.class);
    }

    /** Every reporting entity held, by id. */
    public List<ReportingEntity> entities() {
        return versions.all(ReferenceKeys.ENTITY, ReportingEntity.class);
    }

    /** Every token record held, by hash. */
    public List<TokenRecord> tokens() {
        return versions.all(ReferenceKeys.TOKEN, TokenRecord.class);
    }

    /** The ids of the regions whose parent is {@code regionId}: a live, unmodifiable view. */
    public Set<String> childrenOf(String regionId) {
        return childRegions.of(regionId);
    }

    /** The ids of the entities registered in {@code regionId}: a live, unmodifiable view. */
    public Set<String> entitiesOf(String regionId) {
        return entitiesOfRegion.of(regionId);
    }

    /** The region hierarchy as held now; it follows every applied record, and its walks survive cycles. */
    public RegionTree tree() {
        return tree;
    }

    /** The reference prefix of a key ({@code region:}, …), or null for a null key or a foreign prefix. */
    public static String prefix(String key) {
        return key == null || ReferenceKeys.typeOf(key) == null ? null : key.substring(0, key.indexOf(':') + 1);
    }
}
