package io.pacer.ingest.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.pacer.events.SubmissionRecord;

/**
 * Group commit: the requests waiting for the ledger share one Kafka transaction. A transaction costs the broker far
 * more than its records (partitions added, two transaction-log writes, a marker per partition), so the broker's work
 * must grow with the groups, not with the requests. Each request still goes in whole or not at all: its records
 * are in one transaction, in order, and if the transaction fails, every request in it is refused and none of them
 * is recorded. One transaction is open at a time; the requests that arrive meanwhile form the next group. A request
 * whose deadline passed while it queued is refused without being sent.
 */
final class LedgerCommitter implements AutoCloseable {

    /**
     * One transaction over a group of requests: returns each request's positions, in order, or throws. When it
     * fails before the commit was attempted, it calls {@code failing} before aborting: the abort may block for
     * the producer's max.block.ms, and the requests can be refused at once, since nothing of them can commit.
     */
    interface Transaction {
        List<List<LedgerPosition>> commit(List<List<SubmissionRecord>> requests, long deadlineNanos,
                Consumer<RuntimeException> failing);
    }

    private static final Logger log = LoggerFactory.getLogger(LedgerCommitter.class);

    private record Pending(List<SubmissionRecord> records, long deadline,
            CompletableFuture<List<LedgerPosition>> done) {
    }

    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Transaction transaction;
    private final Function<RuntimeException, RuntimeException> refusal;
    private final int maxGroupRecords;
    private final DistributionSummary groups;
    private final Thread thread;
    private volatile boolean running = true;

    LedgerCommitter(Transaction transaction, Function<RuntimeException, RuntimeException> refusal,
            int maxGroupRecords, MeterRegistry meters) {
        this.transaction = transaction;
        this.refusal = refusal;
        this.maxGroupRecords = maxGroupRecords;
        this.groups = DistributionSummary.builder("pacer.ledger.transaction.requests")
                .description("requests committed together in one ledger transaction").register(meters);
        this.thread = new Thread(this::run, "ledger-committer");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Queues a request's records for the next transaction; completes once that committed, or fails. */
    CompletableFuture<List<LedgerPosition>> submit(List<SubmissionRecord> records, long deadlineNanos) {
        CompletableFuture<List<LedgerPosition>> done = new CompletableFuture<>();
        if (!running) {
            done.completeExceptionally(refusal.apply(new IllegalStateException("ingest-service is stopping")));
            return done;
        }
        queue.add(new Pending(records, deadlineNanos, done));
        return done;
    }

    private void run() {
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first != null) {
                    commit(group(first));
                }
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            catch (RuntimeException | Error e) {
                log.error("ledger committer failed; the requests it held were refused", e);
            }
        }
        queue.forEach(p -> p.done().completeExceptionally(refusal.apply(new IllegalStateException("stopped"))));
    }

    /** The first request, and those queued behind it while they fit (a request larger than that goes alone). */
    private List<Pending> group(Pending first) {
        List<Pending> group = new ArrayList<>();
        group.add(first);
        int records = first.records().size();
        for (Pending next = queue.peek(); next != null && records + next.records().size() <= maxGroupRecords;
                next = queue.peek()) {
            group.add(queue.poll());
            records += next.records().size();
        }
        return group;
    }

    private void commit(List<Pending> group) {
        long now = System.nanoTime();
        List<Pending> live = new ArrayList<>(group.size());
        for (Pending p : group) {
            if (p.deadline() - now <= 0) {
                p.done().completeExceptionally(refusal.apply(new IllegalStateException(
                        "the ledger was busy: the request waited past its deadline and was not sent")));
            } else {
                live.add(p);
            }
        }
        if (live.isEmpty()) {
            return;
        }
        long deadline = live.stream().mapToLong(Pending::deadline).min().orElseThrow();
        Consumer<RuntimeException> refuse = e -> {
            RuntimeException refused = refusal.apply(e);
            live.forEach(p -> p.done().completeExceptionally(refused));
        };
        try {
            List<List<LedgerPosition>> results = transaction.commit(live.stream().map(Pending::records).toList(),
                    deadline, refuse);
            groups.record(live.size());
            for (int i = 0; i < live.size(); i++) {
                live.get(i).done().complete(results.get(i));
            }
        }
        catch (RuntimeException e) {
            refuse.accept(e);
        }
    }

    /**
     * Takes a request back that no transaction has taken yet (its deadline passed while it queued behind one that
     * blocks); true if it was still queued, so it is refused and can never be sent.
     */
    boolean withdraw(CompletableFuture<List<LedgerPosition>> done) {
        boolean removed = queue.removeIf(p -> p.done() == done);
        if (removed) {
            done.completeExceptionally(refusal.apply(new IllegalStateException(
                    "the ledger was busy: the request waited past its deadline and was not sent")));
        }
        return removed;
    }

    /** Commits what is queued, then stops; requests arriving from now on are refused. */
    @Override
    public void close() {
        running = false;
        try {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
