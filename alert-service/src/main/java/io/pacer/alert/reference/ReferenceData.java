package io.pacer.alert.reference;

import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import io.pacer.events.Better;
import io.pacer.events.Indicator;
import io.pacer.events.Region;
import io.pacer.events.RegionTree;
import io.pacer.events.ReportingEntity;

/**
 * Regions and indicators as last seen on {@code pacer.reference}, rebuilt from the compacted topic on every start.
 * Rules need an indicator's direction; targets need a known region and indicator; officials see region subtrees.
 */
@Component
public class ReferenceData {

    private final Map<String, Region> regions = new ConcurrentHashMap<>();
    private final Map<String, Indicator> indicators = new ConcurrentHashMap<>();
    private final Map<String, ReportingEntity> entities = new ConcurrentHashMap<>();
    /** parent id → the ids of the regions naming it, kept with {@code regions} so subtree walks need no scan. */
    private final Map<String, Set<String>> childIds = new ConcurrentHashMap<>();
    private final RegionTree tree = new RegionTree(this::region,
            id -> id == null ? Set.of() : childIds.getOrDefault(id, Set.of()));

    /** Applies a region; true when it is new or its parent changed. */
    public synchronized boolean apply(Region region) {
        Region before = regions.put(region.id(), region);
        unindex(before);
        if (region.parentId() != null) {
            childIds.computeIfAbsent(region.parentId(), p -> ConcurrentHashMap.newKeySet()).add(region.id());
        }
        return before == null || !Objects.equals(before.parentId(), region.parentId());
    }

    private void unindex(Region before) {
        if (before != null && before.parentId() != null) {
            childIds.getOrDefault(before.parentId(), Set.of()).remove(before.id());
        }
    }

    /** Applies an indicator; true when it is new or its direction or basis changed. */
    public boolean apply(Indicator indicator) {
        Indicator before = indicators.put(indicator.code(), indicator);
        return before == null || before.better() != indicator.better() || before.basis() != indicator.basis();
    }

    public void apply(ReportingEntity entity) {
        entities.put(entity.id(), entity);
    }

    public void removeEntity(String id) {
        entities.remove(id);
    }

    public Optional<ReportingEntity> entity(String id) {
        return Optional.ofNullable(entities.get(id));
    }

    public Collection<ReportingEntity> entities() {
        return List.copyOf(entities.values());
    }

    public synchronized void removeRegion(String id) {
        unindex(regions.remove(id));
    }

    public void removeIndicator(String code) {
        indicators.remove(code);
    }

    /** Waits up to {@code wait} until the region and indicator are both known; true if they are. */
    public boolean awaitKnown(String regionId, String indicatorCode, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (!(regions.containsKey(regionId) && indicators.containsKey(indicatorCode))) {
            if (System.nanoTime() >= deadline) {
                return false;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    public Optional<Region> region(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(regions.get(id));
    }

    /** The region hierarchy as held now (it follows every applied or removed region). */
    public RegionTree tree() {
        return tree;
    }

    public Optional<Indicator> indicator(String code) {
        return Optional.ofNullable(indicators.get(code));
    }

    /** The indicator's direction, or null while it is unknown. */
    public Better better(String code) {
        Indicator indicator = indicators.get(code);
        return indicator == null ? null : indicator.better();
    }

    /** The regions whose parent is {@code parentId}, by id. */
    public List<Region> children(String parentId) {
        return tree.children(parentId).stream().map(regions::get).filter(Objects::nonNull).toList();
    }

    /** Every indicator known, by code. */
    public List<Indicator> indicators() {
        return indicators.values().stream().sorted(Comparator.comparing(Indicator::code)).toList();
    }

    public String parentOf(String regionId) {
        Region region = regions.get(regionId);
        return region == null ? null : region.parentId();
    }

    /** The regions themselves and every region below them ({@link RegionTree#subtree}). */
    public Set<String> subtrees(Set<String> roots) {
        Set<String> found = new HashSet<>();
        roots.forEach(root -> found.addAll(tree.subtree(root)));
        return found;
    }
}
