package io.pacer.events;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The region hierarchy as seen through a register: a lookup of regions by id and an index of each region's
 * children. It holds no copy of its own (unless built with {@link #of(Collection)}), so it always answers from
 * the register's current state; each call costs the size of its answer (plus sorting each region's children).
 * <p>
 * The registers should form a tree, but a walk never trusts that: every walk is iterative (no depth limit, no
 * recursion) and stops at a region it has already seen, so a cycle ({@code a → b → a}) or a self-parent ends the
 * walk instead of looping. What each method then returns is stated on it.
 * <p>
 * An id that names no region has no children and no ancestors, is a leaf, and is within itself only. A parent id
 * that names no region (not arrived yet, or deleted) still counts as an ancestor: the walk up ends there.
 */
public final class RegionTree {

    private final Function<String, Optional<Region>> lookup;
    private final Function<String, ? extends Collection<String>> children;

    /**
     * @param lookup   the region of an id, if known
     * @param children the ids of the regions whose parent is the given id (empty, never null, for none)
     */
    public RegionTree(Function<String, Optional<Region>> lookup,
            Function<String, ? extends Collection<String>> children) {
        this.lookup = lookup;
        this.children = children;
    }

    /** A tree over a fixed copy of {@code regions} (a later region with the same id replaces an earlier one). */
    public static RegionTree of(Collection<Region> regions) {
        Map<String, Region> byId = new HashMap<>();
        regions.forEach(r -> byId.put(r.id(), r));
        Map<String, Set<String>> kids = new HashMap<>();
        byId.values().stream().filter(r -> r.parentId() != null)
                .forEach(r -> kids.computeIfAbsent(r.parentId(), p -> new HashSet<>()).add(r.id()));
        return new RegionTree(id -> Optional.ofNullable(id == null ? null : byId.get(id)),
                id -> kids.getOrDefault(id, Set.of()));
    }

    /**
     * Whether {@code regionId} is {@code ancestorId} or lies below it. Any id is within itself, known or not.
     * In a cycle every member is within every other.
     */
    public boolean isWithin(String regionId, String ancestorId) {
        if (regionId == null || ancestorId == null) {
            return false;
        }
        return regionId.equals(ancestorId) || ancestors(regionId).contains(ancestorId);
    }

    /**
     * The parent, the parent's parent … up to a region without parent or a parent id that names no region (that
     * id included), nearest first; {@code regionId} itself is not in it. In a cycle the walk stops before the
     * first region seen again: for {@code a → b → a}, {@code ancestors("a")} is {@code [b]}; a self-parent has none.
     */
    public List<String> ancestors(String regionId) {
        List<String> found = new ArrayList<>();
        if (regionId == null) {
            return found;
        }
        Set<String> seen = new HashSet<>(Set.of(regionId));
        Optional<Region> region = lookup.apply(regionId);
        while (region.isPresent() && region.get().parentId() != null && seen.add(region.get().parentId())) {
            String parent = region.get().parentId();
            found.add(parent);
            region = lookup.apply(parent);
        }
        return found;
    }

    /**
     * {@code rootId} first, then every region below it, breadth-first, each level's children by id. Each region
     * appears once: in a cycle the walk does not return to a region already listed. {@code rootId} is listed even
     * when it names no region.
     */
    public List<String> subtree(String rootId) {
        List<String> found = new ArrayList<>();
        if (rootId == null) {
            return found;
        }
        Set<String> seen = new HashSet<>(Set.of(rootId));
        ArrayDeque<String> todo = new ArrayDeque<>(List.of(rootId));
        while (!todo.isEmpty()) {
            String id = todo.poll();
            found.add(id);
            for (String child : children(id)) {
                if (seen.add(child)) {
                    todo.add(child);
                }
            }
        }
        return found;
    }

    /** The ids of the regions whose parent is {@code id}, sorted; empty for a leaf or an unknown id. */
    public List<String> children(String id) {
        if (id == null) {
            return List.of();
        }
        Collection<String> kids = children.apply(id);
        return kids == null || kids.isEmpty() ? List.of() : List.copyOf(new TreeSet<>(kids));
    }

    /** Whether no region names {@code id} as its parent (true for an unknown id). */
    public boolean isLeaf(String id) {
        if (id == null) {
            return true;
        }
        Collection<String> kids = children.apply(id);
        return kids == null || kids.isEmpty();
    }
}
