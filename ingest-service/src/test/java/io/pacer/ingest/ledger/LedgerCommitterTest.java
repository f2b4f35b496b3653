package io.pacer.ingest.ledger;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.pacer.events.Basis;
import io.pacer.events.SubmissionRecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The group commit's rules, with a transaction that hands out offsets in memory (the real one, against a broker,
 * is in the submission ITs): who shares a transaction, who is refused, and that nobody's records are split.
 */
class LedgerCommitterTest {

    private final List<List<List<SubmissionRecord>>> transactions = new CopyOnWriteArrayList<>();
    private final CountDownLatch firstCommitMayFinish = new CountDownLatch(1);
    private final CountDownLatch firstCommitStarted = new CountDownLatch(1);
    private volatile RuntimeException failure;
    private volatile boolean failFast;
    private final CountDownLatch abortMayFinish = new CountDownLatch(1);
    private long nextOffset;
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private LedgerCommitter committer = committer(5);

    private LedgerCommitter committer(int maxGroupRecords) {
        return new LedgerCommitter(this::commit, e -> new KafkaUnavailableException("refused: " + e.getMessage(), e),
                maxGroupRecords, meters);
    }

    private List<List<LedgerPosition>> commit(List<List<SubmissionRecord>> requests, long deadline,
            java.util.function.Consumer<RuntimeException> failing) {
        transactions.add(requests);
        if (failure != null && failFast) {
            failing.accept(failure);
            await(abortMayFinish); // the abort blocks (max.block.ms with the broker gone)
            throw failure;
        }
        if (transactions.size() == 1) {
            firstCommitStarted.countDown();
            await(firstCommitMayFinish);
        }
        if (failure != null) {
            throw failure;
        }
        List<List<LedgerPosition>> positions = new ArrayList<>();
        for (List<SubmissionRecord> request : requests) {
            positions.add(request.stream().map(r -> new LedgerPosition(0, nextOffset++)).toList());
        }
        return positions;
    }

    @AfterEach
    void close() {
        abortMayFinish.countDown();
        firstCommitMayFinish.countDown();
        committer.close();
    }

    @Test
    void requestsThatWaitTogetherShareOneTransactionAndEachGetsItsOwnPositionsInOrder() throws Exception {
        CompletableFuture<List<LedgerPosition>> first = committer.submit(records("a", 1), later());
        assertThat(firstCommitStarted.await(5, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<List<LedgerPosition>> second = committer.submit(records("b", 2), later());
        CompletableFuture<List<LedgerPosition>> third = committer.submit(records("c", 3), later());

        firstCommitMayFinish.countDown();

        assertThat(first.get(5, TimeUnit.SECONDS)).containsExactly(new LedgerPosition(0, 0));
        assertThat(second.get(5, TimeUnit.SECONDS)).containsExactly(new LedgerPosition(0, 1), new LedgerPosition(0, 2));
        assertThat(third.get(5, TimeUnit.SECONDS)).extracting(LedgerPosition::offset).containsExactly(3L, 4L, 5L);
        assertThat(transactions).hasSize(2);
        assertThat(transactions.get(1)).extracting(r -> r.get(0).submissionId()).containsExactly("b", "c");
        assertThat(meters.get("pacer.ledger.transaction.requests").summary().max()).isEqualTo(2);
    }

    @Test
    void aFailedTransactionRefusesEveryRequestInIt() throws Exception {
        committer.submit(records("a", 1), later());
        assertThat(firstCommitStarted.await(5, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<List<LedgerPosition>> b = committer.submit(records("b", 1), later());
        CompletableFuture<List<LedgerPosition>> c = committer.submit(records("c", 1), later());
        failure = new IllegalStateException("broker gone");

        firstCommitMayFinish.countDown();

        for (CompletableFuture<List<LedgerPosition>> refused : List.of(b, c)) {
            assertThatThrownBy(() -> refused.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(KafkaUnavailableException.class).hasMessageContaining("broker gone");
        }
    }

    @Test
    void aRequestStillQueuedAtItsDeadlineIsRefusedWithoutBeingSent() throws Exception {
        committer.submit(records("a", 1), later());
        assertThat(firstCommitStarted.await(5, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<List<LedgerPosition>> late = committer.submit(records("late", 1), System.nanoTime());
        CompletableFuture<List<LedgerPosition>> onTime = committer.submit(records("on-time", 1), later());

        firstCommitMayFinish.countDown();

        assertThatThrownBy(() -> late.get(5, TimeUnit.SECONDS)).cause().isInstanceOf(KafkaUnavailableException.class)
                .hasMessageContaining("not sent");
        assertThat(onTime.get(5, TimeUnit.SECONDS)).hasSize(1);
        assertThat(transactions).flatExtracting(t -> t).extracting(r -> r.get(0).submissionId())
                .doesNotContain("late");
    }

    @Test
    void aGroupStopsAtTheRecordLimitAndALargerRequestGoesAlone() throws Exception {
        committer.submit(records("a", 1), later());
        assertThat(firstCommitStarted.await(5, TimeUnit.SECONDS)).isTrue();
        List<CompletableFuture<List<LedgerPosition>>> queued = List.of(committer.submit(records("b", 3), later()),
                committer.submit(records("c", 2), later()), committer.submit(records("d", 1), later()),
                committer.submit(records("huge", 9), later()));

        firstCommitMayFinish.countDown();

        for (CompletableFuture<List<LedgerPosition>> q : queued) {
            q.get(5, TimeUnit.SECONDS);
        }
        assertThat(transactions).extracting(t -> t.stream().map(r -> r.get(0).submissionId()).toList())
                .containsExactly(List.of("a"), List.of("b", "c"), List.of("d"), List.of("huge"));
        assertThat(transactions.get(3).get(0)).hasSize(9);
    }

    @Test
    void afterCloseARequestIsRefusedAndWhatWasQueuedIsStillCommitted() throws Exception {
        committer.submit(records("a", 1), later());
        assertThat(firstCommitStarted.await(5, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<List<LedgerPosition>> queued = committer.submit(records("b", 1), later());
        firstCommitMayFinish.countDown();

        committer.close();

        assertThat(queued.get(5, TimeUnit.SECONDS)).hasSize(1);
        assertThatThrownBy(() -> committer.submit(records("c", 1), later()).get(5, TimeUnit.SECONDS)).cause()
                .isInstanceOf(KafkaUnavailableException.class);
    }

    private static long later() {
        return System.nanoTime() + Duration.ofSeconds(30).toNanos();
    }

    /** One request: {@code n} figures of one submission. */
    private static List<SubmissionRecord> records(String submissionId, int n) {
        return IntStream.range(0, n).mapToObj(i -> new SubmissionRecord(submissionId, "e1", "t1", "d1", "ind" + i,
                Basis.MONTHLY, "2026-10", BigDecimal.valueOf(i), null, Instant.EPOCH, List.of())).toList();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aTransactionThatFailsBeforeItsCommitRefusesItsRequestsBeforeTheAbortReturns() throws Exception {
        failure = new IllegalStateException("broker away");
        failFast = true;

        CompletableFuture<List<LedgerPosition>> request = committer.submit(records("a", 1), later());

        assertThatThrownBy(() -> request.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(KafkaUnavailableException.class);
    }

    @Test
    void aRequestStillQueuedAtItsDeadlineCanBeWithdrawnAndIsNeverSent() throws Exception {
        CompletableFuture<List<LedgerPosition>> first = committer.submit(records("a", 1), later());
        assertThat(firstCommitStarted.await(5, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<List<LedgerPosition>> queued = committer.submit(records("b", 1), later());

        assertThat(committer.withdraw(queued)).isTrue();
        assertThat(committer.withdraw(first)).as("already in a transaction").isFalse();
        firstCommitMayFinish.countDown();

        assertThat(first.get(5, TimeUnit.SECONDS)).hasSize(1);
        assertThatThrownBy(queued::join).hasCauseInstanceOf(KafkaUnavailableException.class);
        assertThat(transactions).hasSize(1);
    }
}
