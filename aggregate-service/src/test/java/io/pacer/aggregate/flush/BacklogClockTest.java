package io.pacer.aggregate.flush;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class BacklogClockTest {

    @Test
    void aBacklogRoundComesAnIntervalAfterTheBacklogBeganAndNotWhileTheStoreWrites() throws InterruptedException {
        BacklogClock clock = new BacklogClock(Duration.ofMillis(100));
        Thread.sleep(150);
        clock.backlogBatch();
        assertThat(clock.round(false)).as("the interval counts from the backlog's first batch").isZero();
        Thread.sleep(120);
        assertThat(clock.round(true)).isZero();
        assertThat(clock.round(false)).isEqualTo(1);
        assertThat(clock.round(false)).as("the next one an interval later").isEqualTo(1);
        assertThat(clock.currentRound()).isEqualTo(1);
    }

    @Test
    void aSlowRoundSpacesTheNextOnesOut() throws InterruptedException {
        BacklogClock clock = new BacklogClock(Duration.ofMillis(1));
        clock.backlogBatch();
        Thread.sleep(5);
        assertThat(clock.round(false)).isEqualTo(1);
        clock.flushed(Duration.ofSeconds(1).toNanos());
        Thread.sleep(5);
        assertThat(clock.round(false)).as("starts round 2, whose flushes are measured").isEqualTo(2);
        Thread.sleep(5);
        assertThat(clock.round(false)).as("round 1 took a second: four seconds to the next").isEqualTo(2);
    }

    @Test
    void theInstanceIsIdleOnlyAMomentAfterItsLastBatchEndedAndNeverWhileOneIsApplied() throws InterruptedException {
        BacklogClock clock = new BacklogClock(Duration.ofSeconds(5));
        clock.batchStarted();
        Thread.sleep(250);
        assertThat(clock.isIdle()).as("a batch is being applied").isFalse();
        clock.batchEnded();
        assertThat(clock.isIdle()).isFalse();
        Thread.sleep(250);
        assertThat(clock.isIdle()).isTrue();
    }

    @Test
    void theInstanceReadsABacklogForASecondAfterItsLastOldBatchOrTheFlushOfItsEnd() throws InterruptedException {
        BacklogClock clock = new BacklogClock(Duration.ofSeconds(5));
        assertThat(clock.isBacklog()).isFalse();
        clock.backlogBatch();
        assertThat(clock.isBacklog()).isTrue();
        Thread.sleep(1_100);
        assertThat(clock.isBacklog()).isFalse();
        clock.backlogFlushed();
        assertThat(clock.isBacklog()).isTrue();
    }
}
