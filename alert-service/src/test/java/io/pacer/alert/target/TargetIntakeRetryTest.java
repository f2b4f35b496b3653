package io.pacer.alert.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import com.mongodb.MongoTimeoutException;
import org.junit.jupiter.api.Test;

import io.pacer.events.PacerJson;
import io.pacer.support.kafka.PoisonRecordException;

/**
 * Judging a live target failing because MongoDB is away is no poison: the failure propagates (the shared policy
 * retries the record), and the record applied again is judged again.
 */
class TargetIntakeRetryTest {

    @Test
    void aJudgingFailureIsNoPoisonAndTheRecordAppliedAgainIsJudged() {
        AtomicBoolean mongoAway = new AtomicBoolean(true);
        List<Target> judged = new CopyOnWriteArrayList<>();
        TargetBook book = new TargetBook();
        TargetIntake intake = new TargetIntake(book, List.of(target -> {
            if (mongoAway.get()) {
                throw new MongoTimeoutException("MongoDB is away");
            }
            judged.add(target);
        }));
        Target target = Targets.annual("12");
        byte[] value = PacerJson.write(TargetRecords.toRecord(target));

        assertThatThrownBy(() -> intake.apply(target.key().year() + ":gxq:projects_completed", value, true))
                .isInstanceOf(MongoTimeoutException.class).isNotInstanceOf(PoisonRecordException.class);
        mongoAway.set(false);
        intake.apply(target.key().year() + ":gxq:projects_completed", value, true);

        assertThat(judged).containsExactly(target);
        assertThat(book.find(target.key())).contains(target);
    }
}
