package io.pacer.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class RegionTreeTest {

    private static Region region(String id, String parentId) {
        return new Region(id, id, id, parentId, parentId == null ? RegionLevel.CITY : RegionLevel.TOWN);
    }

    /** city ← d2, d1; d1 ← t12, t11; d2 ← t21 (listed out of order on purpose). */
    private static RegionTree ordinary() {
        return RegionTree.of(List.of(region("t21", "d2"), region("d2", "city"), region("t12", "d1"),
                region("city", null), region("d1", "city"), region("t11", "d1")));
    }

    @Test
    void aRegionIsWithinItselfAndEveryAncestorButNotASiblingOrDescendant() {
        RegionTree tree = ordinary();
        assertThat(tree.isWithin("t11", "t11")).isTrue();
        assertThat(tree.isWithin("t11", "d1")).isTrue();
        assertThat(tree.isWithin("t11", "city")).isTrue();
        assertThat(tree.isWithin("t11", "d2")).isFalse();
        assertThat(tree.isWithin("t11", "t12")).isFalse();
        assertThat(tree.isWithin("d1", "t11")).isFalse();
    }

    @Test
    void ancestorsAreListedNearestFirstWithoutTheRegionItself() {
        assertThat(ordinary().ancestors("t12")).containsExactly("d1", "city");
        assertThat(ordinary().ancestors("city")).isEmpty();
    }

    @Test
    void subtreeIsTheRootThenEachLevelBreadthFirstChildrenById() {
        assertThat(ordinary().subtree("city")).containsExactly("city", "d1", "d2", "t11", "t12", "t21");
        assertThat(ordinary().subtree("d1")).containsExactly("d1", "t11", "t12");
        assertThat(ordinary().subtree("t21")).containsExactly("t21");
    }

    @Test
    void childrenAreSortedAndOnlyRegionsWithoutChildrenAreLeaves() {
        RegionTree tree = ordinary();
        assertThat(tree.children("city")).containsExactly("d1", "d2");
        assertThat(tree.children("t11")).isEmpty();
        assertThat(tree.isLeaf("t11")).isTrue();
        assertThat(tree.isLeaf("d2")).isFalse();
    }

    @Test
    void anUnknownIdIsALeafWithNoAncestorsWithinOnlyItself() {
        RegionTree tree = ordinary();
        assertThat(tree.ancestors("nowhere")).isEmpty();
        assertThat(tree.children("nowhere")).isEmpty();
        assertThat(tree.isLeaf("nowhere")).isTrue();
        assertThat(tree.subtree("nowhere")).containsExactly("nowhere");
        assertThat(tree.isWithin("nowhere", "nowhere")).isTrue();
        assertThat(tree.isWithin("nowhere", "city")).isFalse();
        assertThat(tree.isWithin("t11", "nowhere")).isFalse();
        assertThat(tree.isWithin(null, null)).isFalse();
    }

    @Test
    void aParentThatNamesNoRegionStillCountsAsTheLastAncestor() {
        RegionTree tree = RegionTree.of(List.of(region("t1", "gone")));
        assertThat(tree.ancestors("t1")).containsExactly("gone");
        assertThat(tree.isWithin("t1", "gone")).isTrue();
        assertThat(tree.subtree("gone")).containsExactly("gone", "t1");
    }

    @Test
    void aTwoRegionCycleEndsEveryWalkBeforeRepeatingARegion() {
        RegionTree tree = RegionTree.of(List.of(region("a", "b"), region("b", "a"), region("c", "a")));
        assertThat(tree.ancestors("a")).containsExactly("b");
        assertThat(tree.ancestors("c")).containsExactly("a", "b");
        assertThat(tree.isWithin("a", "b")).isTrue();
        assertThat(tree.isWithin("b", "a")).isTrue();
        assertThat(tree.isWithin("a", "c")).isFalse();
        assertThat(tree.subtree("a")).containsExactly("a", "b", "c");
        assertThat(tree.subtree("b")).containsExactly("b", "a", "c");
    }

    @Test
    void aSelfParentHasNoAncestorsAndAppearsOnceInItsSubtree() {
        RegionTree tree = RegionTree.of(List.of(region("a", "a"), region("b", "a")));
        assertThat(tree.ancestors("a")).isEmpty();
        assertThat(tree.ancestors("b")).containsExactly("a");
        assertThat(tree.subtree("a")).containsExactly("a", "b");
        assertThat(tree.isLeaf("a")).isFalse();
    }

    @Test
    void aChainOfTenThousandLevelsIsWalkedWholeWithoutOverflowingTheStack() {
        List<Region> chain = new ArrayList<>(List.of(region("r0", null)));
        for (int i = 1; i < 10_000; i++) {
            chain.add(region("r" + i, "r" + (i - 1)));
        }
        RegionTree tree = RegionTree.of(chain);
        assertThat(tree.ancestors("r9999")).hasSize(9_999).startsWith("r9998").endsWith("r0");
        assertThat(tree.isWithin("r9999", "r0")).isTrue();
        assertThat(tree.subtree("r0")).hasSize(10_000).startsWith("r0", "r1").endsWith("r9999");
    }

    @Test
    void aLookupBasedTreeAnswersFromTheRegisterAsItIsNow() {
        java.util.Map<String, Region> regions = new java.util.HashMap<>();
        java.util.Map<String, java.util.Set<String>> kids = new java.util.HashMap<>();
        RegionTree tree = new RegionTree(id -> java.util.Optional.ofNullable(regions.get(id)),
                id -> kids.getOrDefault(id, java.util.Set.of()));
        assertThat(tree.isWithin("t1", "d1")).isFalse();
        regions.put("t1", region("t1", "d1"));
        kids.put("d1", java.util.Set.of("t1"));
        assertThat(tree.isWithin("t1", "d1")).isTrue();
        assertThat(tree.subtree("d1")).containsExactly("d1", "t1");
    }
}
