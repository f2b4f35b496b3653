package io.pacer.aggregate.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.pacer.events.Basis;
import io.pacer.events.Better;
import io.pacer.events.EntityType;
import io.pacer.events.Indicator;
import io.pacer.events.Region;
import io.pacer.events.RegionLevel;
import io.pacer.events.ReportingEntity;
import io.pacer.support.testing.References;

class ReferenceBookTest {

    private static Region region(String id, String parentId) {
        return new Region(id, id, id, parentId, RegionLevel.TOWN);
    }

    @Test
    void leavesFollowAReparentedRegion() {
        ReferenceBook book = new ReferenceBook(References.replica());
        References.put(book.replica(), region("d1", "city"));
        References.put(book.replica(), region("d2", "city"));
        References.put(book.replica(), region("t1", "d1"));
        References.put(book.replica(), region("t2", "d1"));
        assertThat(book.leavesOf("city")).containsExactly("d2", "t1", "t2");
        References.put(book.replica(), region("t2", "d2"));
        assertThat(book.leavesOf("d1")).containsExactly("t1");
        assertThat(book.within("t2", "d2")).isTrue();
        assertThat(book.within("t2", "d1")).isFalse();
    }

    @Test
    void aCycleInTheRegistersEndsTheWalksInsteadOfLooping() {
        ReferenceBook book = new ReferenceBook(References.replica());
        References.put(book.replica(), region("a", "b"));
        References.put(book.replica(), region("b", "a"));
        References.put(book.replica(), region("t", "a"));
        assertThat(book.leavesOf("a")).containsExactly("t");
        assertThat(book.within("t", "b")).isTrue();
        assertThat(book.within("a", "t")).isFalse();
    }

    @Test
    void expectedEntitiesFollowAMovedEntityAndForgetADeletedOne() {
        ReferenceBook book = new ReferenceBook(References.replica());
        References.put(book.replica(), entity("e1", "t1", "revenue", "sales"), entity("e2", "t1", "revenue"));

        References.put(book.replica(), entity("e1", "t2", "revenue"));
        References.delete(book.replica(), "entity:e2");

        assertThat(book.expectedEntities("t1", "revenue")).isEmpty();
        assertThat(book.expectedEntities("t1", "sales")).isEmpty();
        assertThat(book.expectedEntities("t2", "revenue")).containsExactly("e1");
        assertThat(book.registeredRegion("e1")).isEqualTo("t2");
        assertThat(book.registeredRegion("e2")).isNull();
    }

    @Test
    void sharingFollowsTheIndicatorAShareIsTakenOf() {
        ReferenceBook book = new ReferenceBook(References.replica());
        References.put(book.replica(), indicator("hightech", "industry"));
        assertThat(book.sharingOf("industry")).containsExactly("hightech");

        References.put(book.replica(), indicator("hightech", "revenue"));

        assertThat(book.sharingOf("industry")).isEmpty();
        assertThat(book.sharingOf("revenue")).containsExactly("hightech");
    }

    private static ReportingEntity entity(String id, String regionId, String... indicators) {
        return new ReportingEntity(id, id, EntityType.ENTERPRISE, regionId, List.of(indicators), Instant.EPOCH);
    }

    private static Indicator indicator(String code, String shareOf) {
        return new Indicator(code, code, code, "万元", Basis.CUMULATIVE, Better.HIGHER, shareOf, true);
    }
}
