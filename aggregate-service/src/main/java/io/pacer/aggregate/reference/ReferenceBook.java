package io.pacer.aggregate.reference;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import io.pacer.aggregate.figure.ReferenceView;
import io.pacer.events.Indicator;
import io.pacer.events.Region;
import io.pacer.events.RegionTree;
import io.pacer.events.ReportingEntity;

/**
 * The registers as read from pacer.reference, held in memory by every instance (the topic is compacted and
 * small). Written by the reference consumer, read by the figure engine and the REST side.
 */
public final class ReferenceBook implements ReferenceView {

    private final Map<String, Region> regions = new ConcurrentHashMap<>();
    private final Map<String, Indicator> indicators = new ConcurrentHashMap<>();
    private final Map<String, ReportingEntity> entities = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> children = new ConcurrentHashMap<>();
    /** region → indicator → the entities registered there that list it (nested: looked up per child per flush). */
    private final Map<String, Map<String, Set<String>>> expected = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> sharing = new ConcurrentHashMap<>();
    private final RegionTree tree = new RegionTree(id -> Optional.ofNullable(region(id)), this::childrenOf);

    /** Stores a region; returns the one it replaced. */
    public synchronized Region put(Region region) {
        Region before = regions.put(region.id(), region);
        if (before != null && before.parentId() != null) {
            children.getOrDefault(before.parentId(), Set.of()).remove(region.id());
        }
        if (region.parentId() != null) {
            children.computeIfAbsent(region.parentId(), p -> ConcurrentHashMap.newKeySet()).add(region.id());
        }
        return before;
    }

    public synchronized Indicator put(Indicator indicator) {
        Indicator before = indicators.put(indicator.code(), indicator);
        if (before != null && before.shareOf() != null) {
            sharing.getOrDefault(before.shareOf(), Set.of()).remove(indicator.code());
        }
        if (indicator.shareOf() != null) {
            sharing.computeIfAbsent(indicator.shareOf(), s -> ConcurrentHashMap.newKeySet()).add(indicator.code());
        }
        return before;
    }

    public synchronized ReportingEntity put(ReportingEntity entity) {
        ReportingEntity before = entities.put(entity.id(), entity);
        if (before != null) {
            before.indicators().forEach(i -> expected.getOrDefault(before.regionId(), Map.of())
                    .getOrDefault(i, Set.of()).remove(before.id()));
        }
        entity.indicators().forEach(i -> expected.computeIfAbsent(entity.regionId(), r -> new ConcurrentHashMap<>())
                .computeIfAbsent(i, k -> ConcurrentHashMap.newKeySet()).add(entity.id()));
        return before;
    }

    @Override
    public Indicator indicator(String code) {
        return indicators.get(code);
    }

    @Override
    public Region region(String id) {
        return id == null ? null : regions.get(id);
    }

    public ReportingEntity entity(String id) {
        return entities.get(id);
    }

    @Override
    public String registeredRegion(String entityId) {
        ReportingEntity entity = entities.get(entityId);
        return entity == null ? null : entity.regionId();
    }

    @Override
    public Set<String> expectedEntities(String regionId, String indicator) {
        return java.util.Collections.unmodifiableSet(expected.getOrDefault(regionId, Map.of())
                .getOrDefault(indicator, Set.of()));
    }

    @Override
    public Set<String> childrenOf(String parentId) {
        return parentId == null ? Set.of()
                : java.util.Collections.unmodifiableSet(children.getOrDefault(parentId, Set.of()));
    }

    @Override
    public Set<String> sharingOf(String indicator) {
        return java.util.Collections.unmodifiableSet(sharing.getOrDefault(indicator, Set.of()));
    }

    /** The region hierarchy as held now (it follows every {@link #put(Region)}). */
    public RegionTree tree() {
        return tree;
    }

    /** Whether {@code region} is {@code ancestor} or lies in its subtree ({@link RegionTree#isWithin}). */
    public boolean within(String region, String ancestor) {
        return tree.isWithin(region, ancestor);
    }

    /** The leaf regions of a region's subtree (the region itself when it has no children), by id. */
    public Set<String> leavesOf(String regionId) {
        return tree.subtree(regionId).stream().filter(tree::isLeaf).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Registered entities in a region's subtree that list the indicator. */
    public int expectedInSubtree(String regionId, String indicator) {
        return leavesOf(regionId).stream().mapToInt(r -> expectedEntities(r, indicator).size()).sum();
    }
}
