package io.pacer.alert.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

import io.pacer.events.Region;
import io.pacer.events.RegionLevel;
import io.pacer.support.testing.References;

class ReferenceDataTest {

    private final ReferenceData reference = new ReferenceData(References.replica());

    private static Region region(String id, String parentId) {
        return new Region(id, id, id, parentId, RegionLevel.TOWN);
    }

    @Test
    void subtreesAndChildrenFollowReparentingAndRemoval() {
        References.put(reference.replica(), region("d1", "city"), region("d2", "city"), region("t2", "d1"),
                region("t1", "d1"));
        assertThat(reference.children("d1")).extracting(Region::id).containsExactly("t1", "t2");
        assertThat(reference.subtrees(Set.of("d1"))).containsExactlyInAnyOrder("d1", "t1", "t2");

        References.put(reference.replica(), region("t2", "d2"));
        References.delete(reference.replica(), "region:t1");
        assertThat(reference.children("d1")).isEmpty();
        assertThat(reference.subtrees(Set.of("d1", "d2"))).containsExactlyInAnyOrder("d1", "d2", "t2");
        assertThat(reference.parentOf("t2")).isEqualTo("d2");
    }

    @Test
    void aCycleInTheRegistersYieldsEachRegionOnce() {
        References.put(reference.replica(), region("a", "b"), region("b", "a"));
        assertThat(reference.subtrees(Set.of("a"))).containsExactlyInAnyOrder("a", "b");
    }
}
