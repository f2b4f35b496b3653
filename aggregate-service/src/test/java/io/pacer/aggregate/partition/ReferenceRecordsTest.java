package io.pacer.aggregate.partition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.pacer.events.PacerJson;
import io.pacer.events.Region;
import io.pacer.events.RegionLevel;
import io.pacer.events.Role;
import io.pacer.events.TokenRecord;
import io.pacer.support.kafka.PoisonRecordException;
import io.pacer.support.reference.ReferenceReplica;
import io.pacer.support.security.TokenDirectory;
import io.pacer.support.security.TokenHashing;

class ReferenceRecordsTest {

    private final TokenDirectory tokens = new TokenDirectory();
    private final ReferenceReplica replica = new ReferenceReplica(tokens);
    private final ReferenceRecords records = new ReferenceRecords(replica);

    private static byte[] json(Object record) {
        return PacerJson.write(record);
    }

    @Test
    void aRegionTakenMovesTheEnginesAndAnOlderOneReadLaterChangesNothing() {
        Region moved = new Region("t1", "t1", "t1", "d2", RegionLevel.TOWN);
        Region earlier = new Region("t1", "t1", "t1", "d1", RegionLevel.TOWN);

        assertThat(records.apply("region:t1", json(moved), 9)).isNotNull();
        assertThat(records.apply("region:t1", json(earlier), 4)).isNull();

        assertThat(replica.region("t1")).hasValue(moved);
    }

    @Test
    void aTombstoneLeavesTheRegistersWithoutAnEngineChange() {
        records.apply("region:t1", json(new Region("t1", "t1", "t1", "d1", RegionLevel.TOWN)), 1);

        assertThat(records.apply("region:t1", new byte[0], 2)).isNull();

        assertThat(replica.region("t1")).isEmpty();
        assertThat(replica.childrenOf("d1")).isEmpty();
    }

    @Test
    void aTokenReachesTheDirectoryAndMovesNoEngine() {
        TokenRecord token = new TokenRecord(TokenHashing.sha256Hex("raw"), Role.STATISTICS, List.of(),
                List.of(), false, Instant.EPOCH);

        assertThat(records.apply("token:" + token.sha256(), json(token), 3)).isNull();

        assertThat(tokens.authenticate("raw")).isPresent();
    }

    @Test
    void anUnreadableRecordIsPoison() {
        assertThatThrownBy(() -> records.apply("region:t1", "{nope".getBytes(StandardCharsets.UTF_8), 5))
                .isInstanceOf(PoisonRecordException.class);
        assertThat(replica.version("region:t1")).isEmpty();
    }
}
