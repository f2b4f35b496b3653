package io.pacer.aggregate.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.pacer.events.Region;
import io.pacer.events.RegionLevel;

class ReferenceBookTest {

    private static Region region(String id, String parentId) {
        return new Region(id, id, id, parentId, RegionLevel.TOWN);
    }

    @Test
    void leavesFollowAReparentedRegion() {
        ReferenceBook book = new ReferenceBook();
        book.put(region("d1", "city"));
        book.put(region("d2", "city"));
        book.put(region("t1", "d1"));
        book.put(region("t2", "d1"));
        assertThat(book.leavesOf("city")).containsExactly("d2", "t1", "t2");
        book.put(region("t2", "d2"));
        assertThat(book.leavesOf("d1")).containsExactly("t1");
        assertThat(book.within("t2", "d2")).isTrue();
        assertThat(book.within("t2", "d1")).isFalse();
    }

    @Test
    void aCycleInTheRegistersEndsTheWalksInsteadOfLooping() {
        ReferenceBook book = new ReferenceBook();
        book.put(region("a", "b"));
        book.put(region("b", "a"));
        book.put(region("t", "a"));
        assertThat(book.leavesOf("a")).containsExactly("t");
        assertThat(book.within("t", "b")).isTrue();
        assertThat(book.within("a", "t")).isFalse();
    }
}
