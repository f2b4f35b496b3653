package io.pacer.alert.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.pacer.alert.ServiceTest;
import io.pacer.events.PacerJson;
import io.pacer.events.Region;
import io.pacer.events.RegionLevel;
import io.pacer.support.kafka.PoisonRecordException;

/**
 * A pacer.reference record that can never be applied (no key, not JSON of its key's kind, no id or another id than
 * its key, an indicator without basis or direction, a token without role) is refused as poison, which the shared
 * policy sends alone to pacer.reference.dlq, and changes nothing; the next record is applied. A key of a kind
 * alert-service does not use is passed over.
 */
class UnreadableReferenceTest extends ServiceTest {

    @Autowired
    ReferenceIntake intake;
    @Autowired
    ReferenceData reference;

    private static byte[] json(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aRegisterRecordThatCanNeverBeAppliedIsRefusedAsPoisonAndTheNextRecordIsApplied() {
        Map<String, String> poison = Map.of(
                "region:zz", "not json",
                "region:zy", "null",
                "region:zx", "{\"name\":\"no id\",\"parentId\":\"d1\",\"level\":\"TOWN\"}",
                "region:zw", "{\"id\":\"zq\",\"parentId\":\"d1\",\"level\":\"TOWN\"}",
                "indicator:zz_ind", "{\"code\":\"zz_ind\",\"basis\":\"CUMULATIVE\"}",
                "indicator:zy_ind", "{\"code\":\"zy_ind\",\"basis\":\"SOMETIMES\",\"better\":\"HIGHER\"}",
                "entity:zz-e", "{\"name\":\"no id\",\"regionId\":\"gxq\"}",
                "token:abc", "{\"sha256\":\"abc\"}");
        poison.forEach((key, bad) -> assertThatThrownBy(() -> intake.apply(key, json(bad), 1)).as(key)
                .isInstanceOf(PoisonRecordException.class).hasMessageContaining(key));
        assertThat(reference.region("zz")).isEmpty();
        assertThat(reference.region("zq")).isEmpty();
        assertThat(reference.indicator("zz_ind")).isEmpty();
        assertThat(reference.entity("zz-e")).isEmpty();

        sendReference(new Region("zz", "泽镇", "Town Z", "d1", RegionLevel.TOWN));

        assertThat(reference.region("zz")).hasValueSatisfying(r -> assertThat(r.parentId()).isEqualTo("d1"));
    }

    @Test
    void aRecordWithoutAKeyIsPoisonAndAKeyOfAnotherKindIsPassedOver() {
        byte[] region = PacerJson.write(new Region("zk", "甲", "K", "d1", RegionLevel.TOWN));

        assertThatThrownBy(() -> intake.apply(null, region, 1)).isInstanceOf(PoisonRecordException.class);
        intake.apply("calendar:2026", json("{\"anything\":1}"), 2);

        assertThat(reference.region("zk")).isEmpty();
    }
}
