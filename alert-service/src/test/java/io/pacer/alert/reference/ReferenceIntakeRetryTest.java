package io.pacer.alert.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import com.mongodb.MongoTimeoutException;
import org.junit.jupiter.api.Test;

import io.pacer.events.Basis;
import io.pacer.events.Better;
import io.pacer.events.Indicator;
import io.pacer.events.PacerJson;
import io.pacer.events.Region;
import io.pacer.events.RegionLevel;
import io.pacer.support.kafka.PoisonRecordException;
import io.pacer.support.reference.ReferenceReplica;
import io.pacer.support.security.TokenDirectory;

/**
 * Re-evaluating the targets of a changed region or indicator failing because MongoDB is away is no poison: the
 * failure propagates (the shared policy retries the record), and the change is still told when the record is
 * applied again, though the register then holds it already.
 */
class ReferenceIntakeRetryTest {

    private final AtomicBoolean mongoAway = new AtomicBoolean(true);
    private final List<String> told = new CopyOnWriteArrayList<>();
    private final ReferenceReplica replica = new ReferenceReplica(new TokenDirectory());
    private final ReferenceData reference = new ReferenceData(replica);
    private final ReferenceIntake intake = new ReferenceIntake(replica,
            List.of(new ReferenceListener() {
                @Override
                public void regionChanged(String regionId) {
                    tell("region " + regionId);
                }

                @Override
                public void indicatorChanged(String code) {
                    tell("indicator " + code);
                }
            }));

    private void tell(String change) {
        if (mongoAway.get()) {
            throw new MongoTimeoutException("MongoDB is away");
        }
        told.add(change);
    }

    @Test
    void aChangeWhoseReEvaluationFailedIsToldWhenTheRecordIsAppliedAgain() {
        byte[] region = PacerJson.write(new Region("gxq", "高新区", "High-tech Zone", "d1", RegionLevel.TOWN));
        byte[] indicator = PacerJson.write(new Indicator("energy_use", "综合能耗", "Energy use", "吨标准煤",
                Basis.CUMULATIVE, Better.LOWER, null, true));

        assertThatThrownBy(() -> intake.apply("region:gxq", region, 1)).isInstanceOf(MongoTimeoutException.class)
                .isNotInstanceOf(PoisonRecordException.class);
        assertThatThrownBy(() -> intake.apply("indicator:energy_use", indicator, 2))
                .isInstanceOf(MongoTimeoutException.class);
        assertThat(reference.region("gxq")).isPresent();
        mongoAway.set(false);
        intake.apply("indicator:energy_use", indicator, 2);

        assertThat(told).containsExactly("region gxq", "indicator energy_use");
        intake.apply("indicator:energy_use", indicator, 2);
        assertThat(told).as("an unchanged record tells nothing").hasSize(2);
    }
}
