package io.pacer.ingest.submission;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
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
        writes.written(List.of(new LedgerPosition(0, 1)));

        assertThat(writes.pauseAfter(Duration.ofMillis(80))).isEqualTo(Duration.ofMillis(80));
        assertThat(writes.pauseAfter(Duration.ofSeconds(3))).isEqualTo(RequestPathWrites.MAX_PAUSE);
    }

    @Test
    void onlyTheMostRecentPositionsAreRemembered() {
        writes.written(List.of(new LedgerPosition(5, 0)));
        writes.written(IntStream.range(0, RequestPathWrites.CAPACITY).mapToObj(i -> new LedgerPosition(1, i))
                .toList());

        assertThat(writes.wrote(5, 0, now())).isFalse();
        assertThat(writes.wrote(1, 0, now())).isTrue();
        assertThat(writes.wrote(1, RequestPathWrites.CAPACITY - 1, now())).isTrue();
    }

    @Test
    void aPositionIsItsPartitionAndOffsetTogether() {
        writes.written(List.of(new LedgerPosition(1, 7)));

        assertThat(writes.wrote(1, 7, now())).isTrue();
        assertThat(writes.wrote(0, 7, now())).isFalse();
        assertThat(writes.wrote(1, 8, now())).isFalse();
        assertThat(writes.wrote(-1, 7, now())).as("a record without a partition (test binder)").isFalse();
    }

    @Test
    void theConsumerWaitsForAWriteInProgressAndSkipsTheRecordOnceItIsWritten() throws Exception {
        List<LedgerPosition> committed = List.of(new LedgerPosition(3, 40));
        writes.writing(committed);
        CompletableFuture<Boolean> consumerSees = consumerAsksAbout(committed.get(0));
        Thread.sleep(50);
        assertThat(consumerSees).as("still waiting while the request path writes").isNotDone();

        writes.written(committed);

        assertThat(consumerSees.get(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aRecordWhoseRequestPathWriteFailedIsLeftToTheConsumer() throws Exception {
        List<LedgerPosition> committed = List.of(new LedgerPosition(3, 41));
        writes.writing(committed);
        CompletableFuture<Boolean> consumerSees = consumerAsksAbout(committed.get(0));

        writes.failed(committed);

        assertThat(consumerSees.get(5, TimeUnit.SECONDS)).isFalse();
    }

    @Test
    void aWriteStillInProgressAtTheDeadlineIsLeftToTheConsumer() {
        writes.writing(List.of(new LedgerPosition(3, 42)));

        assertThat(writes.wrote(3, 42, System.nanoTime() + Duration.ofMillis(20).toNanos())).isFalse();
    }

    /** The ledger consumer, on a thread of its own, asking whether the record at {@code p} was written (10 s). */
    private CompletableFuture<Boolean> consumerAsksAbout(LedgerPosition p) {
        return CompletableFuture.supplyAsync(
                () -> writes.wrote(p.partition(), p.offset(), System.nanoTime() + Duration.ofSeconds(10).toNanos()));
    }

    private static long now() {
        return System.nanoTime();
    }
}
