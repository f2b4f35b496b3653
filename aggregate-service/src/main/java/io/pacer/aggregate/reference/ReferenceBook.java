package io.pacer.aggregate.reference;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import io.pacer.aggregate.figure.ReferenceView;
import io.pacer.events.Indicator;
import io.pacer.events.Region;
import io.pacer.events.RegionTree;
import io.pacer.events.ReportingEntity;
import io.pacer.support.reference.ReferenceReplica;

/**
 * The registers as the aggregate reads them: a view over the service's {@link ReferenceReplica} (written by the
 * reference consumer, read by the figure engine and the REST side), plus the two indexes only the figures need,
 * kept by a replica listener: per region and indicator the registered entities that list it, and per indicator the
 * indicators whose share is taken of it. Build the book before the first record is applied to the replica.
 */
public final class ReferenceBook implements ReferenceView {

    private final ReferenceReplica replica;
    /** region → indicator → the entities registered there that list it (nested: looked up per child per flush). */
    private final Map<String, Map<String, Set<String>>> expected = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> sharing = new ConcurrentHashMap<>();

    public ReferenceBook(ReferenceReplica replica) {
        this.replica = replica;
        replica.listen(this::changed);
    }

    private void changed(String key, Object before, Object after) {
        if (before instanceof ReportingEntity b) {
            b.indicators().forEach(i -> expected(b.regionId(), i).remove(b.id()));
        }
        if (after instanceof ReportingEntity a && a.regionId() != null) {
            a.indicators().forEach(i -> expected.computeIfAbsent(a.regionId(), r -> new ConcurrentHashMap<>())
                    .computeIfAbsent(i, k -> ConcurrentHashMap.newKeySet()).add(a.id()));
        }
        if (before instanceof Indicator b && b.shareOf() != null) {
            sharing.getOrDefault(b.shareOf(), Set.of()).remove(b.code());
        }
        if (after instanceof Indicator a && a.shareOf() != null) {
            sharing.computeIfAbsent(a.shareOf(), s -> ConcurrentHashMap.newKeySet()).add(a.code());
        }
    }

    private Set<String> expected(String regionId, String indicator) {
        Map<String, Set<String>> byIndicator = regionId == null ? null : expected.get(regionId);
        Set<String> entities = byIndicator == null || indicator == null ? null : byIndicator.get(indicator);
        return entities == null ? Set.of() : entities;
    }

    /** The replica this book reads; the reference consumer applies {@code pacer.reference} records to it. */
    public ReferenceReplica replica() {
        return replica;
    }

    @Override
    public Indicator indicator(String code) {
        return replica.indicator(code).orElse(null);
    }

    @Override
    public Region region(String id) {
        return replica.region(id).orElse(null);
    }

    public ReportingEntity entity(String id) {
        return replica.entity(id).orElse(null);
    }

    @Override
    public String registeredRegion(String entityId) {
        return replica.entity(entityId).map(ReportingEntity::regionId).orElse(null);
    }

    @Override
    public Set<String> expectedEntities(String regionId, String indicator) {
        return Collections.unmodifiableSet(expected(regionId, indicator));
    }

    @Override
    public Set<String> childrenOf(String parentId) {
        return replica.childrenOf(parentId);
    }

    @Override
    public Set<String> sharingOf(String indicator) {
        return Collections.unmodifiableSet(indicator == null ? Set.of() : sharing.getOrDefault(indicator, Set.of()));
    }

    /** The region hierarchy as held now (it follows every record the replica applies). */
    public RegionTree tree() {
        return replica.tree();
    }

    /** Whether {@code region} is {@code ancestor} or lies in its subtree ({@link RegionTree#isWithin}). */
    public boolean within(String region, String ancestor) {
        return replica.tree().isWithin(region, ancestor);
    }

    /** The leaf regions of a region's subtree (the region itself when it has no children), by id. */
    public Set<String> leavesOf(String regionId) {
        RegionTree tree = replica.tree();
        return tree.subtree(regionId).stream().filter(tree::isLeaf).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Registered entities in a region's subtree that list the indicator. */
    public int expectedInSubtree(String regionId, String indicator) {
        return leavesOf(regionId).stream().mapToInt(r -> expectedEntities(r, indicator).size()).sum();
    }
}
