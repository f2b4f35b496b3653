package io.pacer.ingest.submission;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.pacer.ingest.ledger.LedgerPosition;

import static org.assertj.core.api.Assertions.assertThat;

class RequestPathWritesTest {

    private final RequestPathWrites writes = new RequestPathWrites();

    @Test
    void theLedgerConsumerDoesNotPauseWhileNoRequestsComeIn() {
        assertThat(writes.pauseAfter(Duration.ofMillis(80))).isZero();
    }

    @Test
    void whileRequestsComeInItPausesAsLongAsItsWriteTookUpToACap() {
        writes.add(List.of(new LedgerPosition(0, 1)));

        assertThat(writes.pauseAfter(Duration.ofMillis(80))).isEqualTo(Duration.ofMillis(80));
        assertThat(writes.pauseAfter(Duration.ofSeconds(3))).isEqualTo(RequestPathWrites.MAX_PAUSE);
    }

    @Test
    void onlyTheMostRecentPositionsAreRemembered() {
        writes.add(List.of(new LedgerPosition(5, 0)));
        writes.add(IntStream.range(0, RequestPathWrites.CAPACITY).mapToObj(i -> new LedgerPosition(1, i)).toList());

        assertThat(writes.contains(5, 0)).isFalse();
        assertThat(writes.contains(1, 0)).isTrue();
        assertThat(writes.contains(1, RequestPathWrites.CAPACITY - 1)).isTrue();
    }

    @Test
    void aPositionIsItsPartitionAndOffsetTogether() {
        writes.add(List.of(new LedgerPosition(1, 7)));

        assertThat(writes.contains(1, 7)).isTrue();
        assertThat(writes.contains(0, 7)).isFalse();
        assertThat(writes.contains(1, 8)).isFalse();
        assertThat(writes.contains(-1, 7)).as("a record without a partition (test binder)").isFalse();
    }
}
