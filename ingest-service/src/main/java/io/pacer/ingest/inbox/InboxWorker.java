package io.pacer.ingest.inbox;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.pacer.ingest.ledger.LedgerPosition;
import io.pacer.ingest.submission.LedgerRecords;
import io.pacer.support.worker.WorkerWatchdog;

/**
 * The inbox's thread: poll, decide ({@link InboxPoll}), one transaction ({@link InboxTransactions}), then the
 * history (best effort, as on the HTTP path) and the accepted keys (retried until MongoDB takes them). A poll that
 * fails on Kafka or MongoDB is not committed: after a back-off the consumer goes back to its committed offsets
 * and the poll is tried again, however long that takes. The thread runs under the {@link WorkerWatchdog}: if it
 * dies, health goes DOWN (and an Error ends the process).
 */
final class InboxWorker {

    private static final Logger log = LoggerFactory.getLogger(InboxWorker.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private final InboxPoll poll;
    private final InboxTransactions transactions;
    private final InboxKeyStore keyStore;
    private final LedgerRecords ledgerRecords;
    private final InboxCounters counters;
    private final Clock clock;
    private final Duration backoff;
    private volatile boolean running = true;

    InboxWorker(InboxPoll poll, InboxTransactions transactions, InboxKeyStore keyStore, LedgerRecords ledgerRecords,
            InboxCounters counters, Clock clock, Duration backoff) {
        this.poll = poll;
        this.transactions = transactions;
        this.keyStore = keyStore;
        this.ledgerRecords = ledgerRecords;
        this.counters = counters;
        this.clock = clock;
        this.backoff = backoff;
    }

    /** Runs until {@link #stop}; the consumer is subscribed to the inbox by the caller. */
    void run(KafkaConsumer<String, byte[]> consumer) {
        Map<TopicPartition, Long> rewind = Map.of();
        int failures = 0;
        while (running) {
            try {
                transactions.ready();
                if (!rewind.isEmpty()) {
                    rewind(consumer, rewind);
                    rewind = Map.of();
                }
                List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
                consumer.poll(POLL).forEach(records::add);
                if (records.isEmpty()) {
                    continue;
                }
                rewind = firstOffsets(records);
                handle(consumer, records);
                rewind = Map.of();
                failures = 0;
            }
            catch (WakeupException e) {
                // stop() woke the consumer: the loop ends
            }
            catch (RuntimeException e) {
                failures++;
                counters.failed();
                transactions.reset();
                if (failures == 1) {
                    log.warn("inbox poll failed; nothing of it was committed, it is tried again", e);
                } else {
                    log.warn("inbox poll failed again ({} times): {}", failures, e.toString());
                }
                sleep(backoff);
            }
        }
    }

    void stop() {
        running = false;
    }

    boolean running() {
        return running;
    }

    /** Closes the producer; after the loop ended. */
    void close() {
        transactions.close();
    }

    private void handle(KafkaConsumer<String, byte[]> consumer, List<ConsumerRecord<String, byte[]>> records) {
        InboxPoll.Plan plan = poll.plan(records, clock.instant().truncatedTo(ChronoUnit.MILLIS));
        List<LedgerPosition> positions = transactions.commit(plan.ledger().records(), plan.rejections(),
                nextOffsets(records), consumer.groupMetadata());
        counters.committed(plan.keys().size(), plan.duplicates(), plan.rejections().size());
        if (!positions.isEmpty()) {
            ledgerRecords.recordHistory(plan.ledger().records(), positions, plan.ledger().notes());
        }
        remember(plan.keys());
    }

    /**
     * The accepted keys, after the commit. Retried until MongoDB takes them: a key not remembered would let a
     * re-send of the same record be accepted again (under the same submission id and figures: a re-write, never a
     * double count).
     */
    private void remember(List<InboxKeyStore.Entry> keys) {
        for (int attempt = 1; !keys.isEmpty(); attempt++) {
            try {
                keyStore.remember(keys);
                return;
            }
            catch (RuntimeException e) {
                if (!running) {
                    log.error("stopping before {} accepted inbox keys were remembered; a re-send of those records"
                            + " will re-write them", keys.size(), e);
                    return;
                }
                log.warn("remembering {} accepted inbox keys failed (attempt {}); retrying", keys.size(), attempt, e);
                sleep(backoff);
            }
        }
    }

    /** Back to what the group committed (the failed poll's transaction went in, or not), else the poll's start. */
    private static void rewind(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> pollStart) {
        Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(pollStart.keySet());
        pollStart.forEach((partition, first) -> {
            if (consumer.assignment().contains(partition)) {
                OffsetAndMetadata at = committed.get(partition);
                consumer.seek(partition, at != null ? at.offset() : first);
            }
        });
    }

    private static Map<TopicPartition, Long> firstOffsets(List<ConsumerRecord<String, byte[]>> records) {
        Map<TopicPartition, Long> first = new HashMap<>();
        records.forEach(r -> first.putIfAbsent(new TopicPartition(r.topic(), r.partition()), r.offset()));
        return first;
    }

    private static Map<TopicPartition, OffsetAndMetadata> nextOffsets(List<ConsumerRecord<String, byte[]>> records) {
        Map<TopicPartition, OffsetAndMetadata> next = new HashMap<>();
        records.forEach(r -> next.put(new TopicPartition(r.topic(), r.partition()),
                new OffsetAndMetadata(r.offset() + 1)));
        return next;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
