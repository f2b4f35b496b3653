package io.pacer.aggregate.flush;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class FlushPolicyTest {

    @Test
    void aBatchIsLiveWhenItsNewestRecordWasAcceptedUnderTenSecondsAgo() {
        assertThat(FlushPolicy.isLive(System.currentTimeMillis() - 2_000)).isTrue();
        assertThat(FlushPolicy.isLive(System.currentTimeMillis() - 15_000)).isFalse();
    }

    /** A policy whose ledger consumer has just read a batch of old records. */
    private static FlushPolicy readingABacklog(Duration interval) {
        FlushPolicy policy = new FlushPolicy(interval);
        policy.ledgerBatch(false);
        policy.ledgerBatchDone();
        return policy;
    }

    @Test
    void aBacklogFlushWaitsForTheIntervalAndForTheStore() throws InterruptedException {
        assertThat(readingABacklog(Duration.ofHours(1)).isDue(false)).isFalse();
        FlushPolicy policy = readingABacklog(Duration.ofMillis(1));
        Thread.sleep(5);
        assertThat(policy.isDue(false)).isTrue();
        assertThat(policy.isDue(true)).isFalse();
    }

    @Test
    void aSlowFlushSpacesTheNextOnesOut() throws InterruptedException {
        FlushPolicy policy = readingABacklog(Duration.ofMillis(1));
        policy.flushed(System.nanoTime() - Duration.ofSeconds(1).toNanos());
        Thread.sleep(5);
        assertThat(policy.isDue(false)).isFalse();
    }

    @Test
    void liveFlushesComeATenthOfASecondApartWhateverTheStoreDoes() throws InterruptedException {
        FlushPolicy policy = new FlushPolicy(Duration.ofHours(1));
        policy.ledgerBatch(true);
        policy.flushed(System.nanoTime());
        assertThat(policy.isDue(false)).isFalse();
        Thread.sleep(FlushPolicy.LIVE_MIN_MILLIS + 20);
        assertThat(policy.isDue(true)).isTrue();
    }

    @Test
    void theLedgerReadsABacklogUntilItsBatchesAreLiveAgain() {
        FlushPolicy policy = new FlushPolicy(Duration.ofSeconds(5));
        policy.ledgerBatch(false);
        policy.ledgerBatchDone();
        assertThat(policy.isReadingBacklog()).isTrue();
        policy.ledgerBatch(true);
        assertThat(policy.isReadingBacklog()).isFalse();
    }

    @Test
    void consumersAreIdleOnlyAMomentAfterTheirLastBatch() throws InterruptedException {
        FlushPolicy policy = new FlushPolicy(Duration.ofSeconds(5));
        policy.totalsBatchDone();
        assertThat(policy.isIdle()).isFalse();
        Thread.sleep(250);
        assertThat(policy.isIdle()).isTrue();
    }
}
