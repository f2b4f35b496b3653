package io.pacer.alert.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.pacer.events.Basis;
import io.pacer.events.Better;
import io.pacer.events.EntityType;
import io.pacer.events.Indicator;
import io.pacer.events.PacerJson;
import io.pacer.events.ReferenceKeys;
import io.pacer.events.Region;
import io.pacer.events.RegionLevel;
import io.pacer.events.ReportingEntity;
import io.pacer.events.Role;
import io.pacer.events.TokenRecord;
import io.pacer.support.reference.ReferenceReplica;
import io.pacer.support.security.TokenDirectory;
import io.pacer.support.security.TokenHashing;

class ReferenceIntakeTest {

    private final List<String> told = new ArrayList<>();
    private final TokenDirectory tokens = new TokenDirectory();
    private final ReferenceReplica replica = new ReferenceReplica(tokens);
    private final ReferenceIntake intake = new ReferenceIntake(replica, List.of(new ReferenceListener() {

        @Override
        public void regionChanged(String regionId) {
            told.add("region " + regionId);
        }

        @Override
        public void indicatorChanged(String code) {
            told.add("indicator " + code);
        }
    }));

    private void read(Object record, long offset) {
        intake.apply(ReferenceKeys.of(record), PacerJson.write(record), offset);
    }

    private static Region town(String name, String parentId) {
        return new Region("t1", name, name, parentId, RegionLevel.TOWN);
    }

    private static Indicator revenue(Better better, String unit) {
        return new Indicator("revenue", "收入", "Revenue", unit, Basis.CUMULATIVE, better, null, true);
    }

    @Test
    void aRegionIsToldWhenNewOrReparentedAndNotWhenOnlyRenamedOrOlder() {
        read(town("一镇", "d1"), 1);
        read(town("First", "d1"), 2);
        read(town("一镇", "d2"), 3);
        read(town("一镇", "d9"), 2);

        assertThat(told).containsExactly("region t1", "region t1");
        assertThat(replica.region("t1")).map(Region::parentId).hasValue("d2");
    }

    @Test
    void anIndicatorIsToldWhenNewOrItsDirectionChangesAndNotForItsUnit() {
        read(revenue(Better.HIGHER, "万元"), 1);
        read(revenue(Better.HIGHER, "元"), 2);
        read(revenue(Better.LOWER, "元"), 3);

        assertThat(told).containsExactly("indicator revenue", "indicator revenue");
    }

    @Test
    void deletionsEntitiesAndTokensTellNobodyAndTokensReachTheDirectory() {
        read(town("一镇", "d1"), 1);
        told.clear();
        intake.apply("region:t1", new byte[0], 2);
        read(new ReportingEntity("e1", "厂", EntityType.ENTERPRISE, "t1", List.of("revenue"), Instant.EPOCH), 3);
        read(new TokenRecord(TokenHashing.sha256Hex("raw"), Role.STATISTICS, List.of(), List.of(), false,
                Instant.EPOCH), 4);

        assertThat(told).isEmpty();
        assertThat(replica.region("t1")).isEmpty();
        assertThat(replica.entity("e1")).isPresent();
        assertThat(tokens.authenticate("raw")).isPresent();
    }
}
