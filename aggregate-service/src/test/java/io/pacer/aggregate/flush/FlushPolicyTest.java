package io.pacer.aggregate.flush;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FlushPolicyTest {

    @Test
    void aBatchIsLiveWhenItsNewestRecordWasAcceptedUnderTenSecondsAgo() {
        assertThat(FlushPolicy.isLive(System.currentTimeMillis() - 2_000)).isTrue();
        assertThat(FlushPolicy.isLive(System.currentTimeMillis() - 15_000)).isFalse();
    }

    @Test
    void liveFlushesComeATenthOfASecondApart() throws InterruptedException {
        FlushPolicy policy = new FlushPolicy();
        policy.ledgerBatch(true);
        policy.flushed(System.nanoTime());
        assertThat(policy.isDue()).isFalse();
        Thread.sleep(FlushPolicy.LIVE_MIN_MILLIS + 20);
        assertThat(policy.isDue()).isTrue();
    }

    @Test
    void aSlowLiveFlushSpacesTheNextOneOutByAsLongAsItTook() throws InterruptedException {
        FlushPolicy policy = new FlushPolicy();
        policy.ledgerBatch(true);
        policy.flushed(System.nanoTime() - java.time.Duration.ofSeconds(10).toNanos());
        Thread.sleep(FlushPolicy.LIVE_MIN_MILLIS + 20);
        assertThat(policy.isDue()).isFalse();
    }

    @Test
    void theLedgerReadsABacklogUntilItsBatchesAreLiveAgain() {
        FlushPolicy policy = new FlushPolicy();
        policy.ledgerBatch(false);
        policy.ledgerBatchDone();
        assertThat(policy.isReadingBacklog()).isTrue();
        assertThat(policy.isFedLive()).isFalse();
        policy.ledgerBatch(true);
        assertThat(policy.isReadingBacklog()).isFalse();
        assertThat(policy.isFedLive()).isTrue();
    }

    @Test
    void aStateWithoutLedgerBatchesIsNeitherLiveNorReadingABacklog() {
        FlushPolicy policy = new FlushPolicy();
        assertThat(policy.isFedLive()).isFalse();
        assertThat(policy.isReadingBacklog()).isFalse();
    }
}
