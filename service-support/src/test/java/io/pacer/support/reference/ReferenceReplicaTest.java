package io.pacer.support.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import io.pacer.events.Basis;
import io.pacer.events.Better;
import io.pacer.events.EntityType;
import io.pacer.events.Indicator;
import io.pacer.events.ReferenceKeys;
import io.pacer.events.Region;
import io.pacer.events.RegionLevel;
import io.pacer.events.ReportingEntity;
import io.pacer.events.Role;
import io.pacer.events.TokenRecord;
import io.pacer.support.security.TokenDirectory;
import io.pacer.support.security.TokenHashing;

class ReferenceReplicaTest {

    private final TokenDirectory directory = new TokenDirectory();
    private final ReferenceReplica replica = new ReferenceReplica(directory);

    static Region region(String id, String parentId) {
        return new Region(id, id, id, parentId, parentId == null ? RegionLevel.CITY : RegionLevel.TOWN);
    }

    static ReportingEntity entity(String id, String regionId) {
        return new ReportingEntity(id, id, EntityType.ENTERPRISE, regionId, List.of("revenue"), Instant.EPOCH);
    }

    static TokenRecord token(String raw, boolean revoked) {
        return new TokenRecord(TokenHashing.sha256Hex(raw), Role.STATISTICS, List.of(), List.of(), revoked,
                Instant.EPOCH);
    }

    private void apply(Object record, long offset) {
        replica.apply(ReferenceKeys.of(record), record, offset);
    }

    @Test
    void theNewerOffsetWinsWhicheverOrderTheRecordsArriveIn() {
        apply(region("t1", "d2"), 7);
        apply(region("t1", "d1"), 3);
        assertThat(replica.apply("region:t1", region("t1", "d3"), 7)).isEmpty();

        assertThat(replica.region("t1")).map(Region::parentId).hasValue("d2");
        assertThat(replica.version("region:t1")).map(ReferenceReplica.Version::offset).hasValue(7L);
        assertThat(replica.childrenOf("d1")).isEmpty();
        assertThat(replica.childrenOf("d2")).containsExactly("t1");
    }

    @Test
    void applyReportsTheRecordReplacedAndTheOneHeld() {
        apply(region("t1", "d1"), 1);

        ReferenceChange change = replica.apply("region:t1", region("t1", "d2"), 2).orElseThrow();

        assertThat(change.before()).isEqualTo(region("t1", "d1"));
        assertThat(change.after()).isEqualTo(region("t1", "d2"));
        assertThat(change.contentChanged()).isTrue();
    }

    @Test
    void aTombstoneRemovesTheRecordAndItsIndexEntriesAndKeepsItsOffset() {
        apply(region("t1", "d1"), 1);
        apply(entity("e1", "t1"), 2);

        replica.apply("region:t1", null, 3);
        replica.apply("entity:e1", null, 4);
        apply(region("t1", "d1"), 2);

        assertThat(replica.region("t1")).isEmpty();
        assertThat(replica.regions()).isEmpty();
        assertThat(replica.childrenOf("d1")).isEmpty();
        assertThat(replica.entity("e1")).isEmpty();
        assertThat(replica.entitiesOf("t1")).isEmpty();
        assertThat(replica.version("region:t1")).map(ReferenceReplica.Version::offset).hasValue(3L);
        assertThat(replica.tree().subtree("d1")).containsExactly("d1");
    }

    @Test
    void reparentingMovesAChildAndAnEntityMovesWithItsRegion() {
        apply(region("t1", "d1"), 1);
        apply(region("t2", "d1"), 2);
        apply(entity("e1", "t1"), 3);

        apply(region("t1", "d2"), 4);
        apply(entity("e1", "t2"), 5);

        assertThat(replica.childrenOf("d1")).containsExactly("t2");
        assertThat(replica.childrenOf("d2")).containsExactly("t1");
        assertThat(replica.tree().subtree("d2")).containsExactly("d2", "t1");
        assertThat(replica.entitiesOf("t1")).isEmpty();
        assertThat(replica.entitiesOf("t2")).containsExactly("e1");
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.SECONDS)
    void aCycleInTheParentsEndsTheWalksInsteadOfHanging() {
        apply(region("a", "b"), 1);
        apply(region("b", "a"), 2);
        apply(region("c", "c"), 3);

        assertThat(replica.tree().subtree("a")).containsExactly("a", "b");
        assertThat(replica.tree().ancestors("a")).containsExactly("b");
        assertThat(replica.tree().subtree("c")).containsExactly("c");
        assertThat(replica.tree().isWithin("b", "a")).isTrue();
    }

    @Test
    void tokenRecordsReachTheDirectoryAndATombstoneOrRevocationEndsThem() {
        TokenRecord live = token("secret", false);
        apply(live, 1);
        assertThat(directory.authenticate("secret")).isPresent();
        assertThat(replica.token(live.sha256())).hasValue(live);

        apply(token("secret", true), 2);
        assertThat(directory.authenticate("secret")).isEmpty();

        apply(live, 1);
        assertThat(directory.find(live.sha256())).map(TokenRecord::revoked).hasValue(true);

        replica.apply(ReferenceKeys.of(live), null, 3);
        assertThat(directory.find(live.sha256())).isEmpty();
        assertThat(replica.tokens()).isEmpty();
    }

    @Test
    void listenersSeeBeforeAndAfterOfEveryChangeButNotOfARepublicationOrAnOlderRecord() {
        List<List<Object>> seen = new ArrayList<>();
        replica.listen((key, before, after) -> {
            assertThat(replica.current(key).orElse(null)).as("held before the listener runs").isEqualTo(after);
            seen.add(java.util.Arrays.asList(key, before, after));
        });
        Indicator revenue = new Indicator("revenue", "收入", "Revenue", "万元", Basis.CUMULATIVE, Better.HIGHER, null, false);

        apply(region("t1", "d1"), 1);
        apply(region("t1", "d2"), 2);
        apply(region("t1", "d2"), 3);
        apply(region("t1", "d9"), 1);
        apply(revenue, 4);
        replica.apply("indicator:revenue", null, 5);

        assertThat(seen).extracting(s -> s.get(0), s -> s.get(1), s -> s.get(2)).containsExactly(
                tuple("region:t1", null, region("t1", "d1")),
                tuple("region:t1", region("t1", "d1"), region("t1", "d2")),
                tuple("indicator:revenue", null, revenue),
                tuple("indicator:revenue", revenue, null));
        assertThat(replica.version("region:t1")).map(ReferenceReplica.Version::offset).hasValue(3L);
    }

    @Test
    void foreignKeysAreIgnoredAndARecordUnderTheWrongKeyIsRefused() {
        assertThat(replica.apply("project:p1", region("p1", null), 1)).isEmpty();
        assertThat(replica.apply(null, null, 1)).isEmpty();

        assertThatThrownBy(() -> replica.apply("indicator:t1", region("t1", null), 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("indicator:t1");
        assertThat(replica.regions()).isEmpty();
        assertThat(replica.version("indicator:t1")).isEmpty();
    }

    @Test
    void listsAreSortedById() {
        apply(region("b", null), 1);
        apply(region("a", null), 2);

        assertThat(replica.regions()).extracting(Region::id).containsExactly("a", "b");
    }
}
