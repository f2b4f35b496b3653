package io.pacer.alert.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

import io.pacer.events.Region;
import io.pacer.events.RegionLevel;

class ReferenceDataTest {

    private static Region region(String id, String parentId) {
        return new Region(id, id, id, parentId, RegionLevel.TOWN);
    }

    @Test
    void subtreesAndChildrenFollowReparentingAndRemoval() {
        ReferenceData reference = new ReferenceData();
        reference.apply(region("d1", "city"));
        reference.apply(region("d2", "city"));
        reference.apply(region("t2", "d1"));
        reference.apply(region("t1", "d1"));
        assertThat(reference.children("d1")).extracting(Region::id).containsExactly("t1", "t2");
        assertThat(reference.subtrees(Set.of("d1"))).containsExactlyInAnyOrder("d1", "t1", "t2");

        reference.apply(region("t2", "d2"));
        reference.removeRegion("t1");
        assertThat(reference.children("d1")).isEmpty();
        assertThat(reference.subtrees(Set.of("d1", "d2"))).containsExactlyInAnyOrder("d1", "d2", "t2");
    }

    @Test
    void aCycleInTheRegistersYieldsEachRegionOnce() {
        ReferenceData reference = new ReferenceData();
        reference.apply(region("a", "b"));
        reference.apply(region("b", "a"));
        assertThat(reference.subtrees(Set.of("a"))).containsExactlyInAnyOrder("a", "b");
    }
}
