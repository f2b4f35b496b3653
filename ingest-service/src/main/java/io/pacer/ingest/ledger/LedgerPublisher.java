package io.pacer.ingest.ledger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

import io.micrometer.core.instrument.MeterRegistry;

import io.pacer.events.PacerJson;
import io.pacer.events.ReferenceKeys;
import io.pacer.events.SubmissionRecord;
import io.pacer.events.Topics;
import io.pacer.ingest.IngestProperties;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.stereotype.Component;

/**
 * Writes to Kafka and waits for the acknowledgement. A request's ledger records go in one transaction, in order,
 * shared with the requests that wait at the same time ({@link LedgerCommitter}); if anything fails or the deadline
 * passes, the transaction is aborted, so read_committed consumers see none of it.
 */
@Component
public class LedgerPublisher implements DisposableBean {

    /** Records per transaction at most: 100 requests of 20 figures. */
    static final int MAX_GROUP_RECORDS = 2_000;

    private final KafkaTemplate<String, byte[]> ledger;
    private final KafkaTemplate<String, byte[]> reference;
    private final Duration timeout;
    private final LedgerCommitter committer;

    LedgerPublisher(@Qualifier("ledgerKafkaTemplate") KafkaTemplate<String, byte[]> ledger,
            @Qualifier("referenceKafkaTemplate") KafkaTemplate<String, byte[]> reference, IngestProperties properties,
            MeterRegistry meters) {
        this.ledger = ledger;
        this.reference = reference;
        this.timeout = properties.kafkaTimeout();
        this.committer = new LedgerCommitter(this::commit, LedgerPublisher::unavailable, MAX_GROUP_RECORDS, meters);
    }

    /**
     * Publishes the records in one transaction; returns where each record landed, in order. The wait is bounded:
     * the committer refuses a request still queued at its deadline, and a transaction's sends wait until the
     * earliest deadline in it and its commit at most the producer's max.block.ms.
     */
    public List<LedgerPosition> publishSubmissions(List<SubmissionRecord> records) {
        long deadline = System.nanoTime() + timeout.toNanos();
        CompletableFuture<List<LedgerPosition>> done = committer.submit(records, deadline);
        try {
            try {
                return done.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
            catch (TimeoutException e) {
                // still queued: refused here and now; in a transaction: its outcome is awaited (it may commit)
                committer.withdraw(done);
                return done.get();
            }
        }
        catch (ExecutionException e) {
            throw unavailable(e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e));
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaUnavailableException("interrupted while waiting for Kafka", e);
        }
    }

    private List<List<LedgerPosition>> commit(List<List<SubmissionRecord>> requests, long deadline,
            Consumer<RuntimeException> failing) {
        return ledger.executeInTransaction(ops -> {
            try {
                return sendAll(ops, requests, deadline);
            }
            catch (RuntimeException e) {
                failing.accept(e); // before executeInTransaction's abort, which can block for max.block.ms
                throw e;
            }
        });
    }

    private List<List<LedgerPosition>> sendAll(KafkaOperations<String, byte[]> ops,
            List<List<SubmissionRecord>> requests, long deadline) {
        List<List<CompletableFuture<SendResult<String, byte[]>>>> sends = new ArrayList<>(requests.size());
        for (List<SubmissionRecord> request : requests) {
            List<CompletableFuture<SendResult<String, byte[]>>> sent = new ArrayList<>(request.size());
            for (SubmissionRecord r : request) {
                sent.add(ops.send(new ProducerRecord<>(Topics.SUBMISSIONS, r.parentRegionId(), PacerJson.write(r))));
            }
            sends.add(sent);
        }
        List<List<LedgerPosition>> positions = new ArrayList<>(requests.size());
        for (List<CompletableFuture<SendResult<String, byte[]>>> sent : sends) {
            List<LedgerPosition> request = new ArrayList<>(sent.size());
            for (CompletableFuture<SendResult<String, byte[]>> send : sent) {
                RecordMetadata at = await(send, deadline);
                request.add(new LedgerPosition(at.partition(), at.offset()));
            }
            positions.add(request);
        }
        return positions;
    }

    private static KafkaUnavailableException unavailable(RuntimeException e) {
        return e instanceof KafkaUnavailableException k ? k
                : new KafkaUnavailableException("the ledger did not take the write: " + rootMessage(e), e);
    }

    @Override
    public void destroy() {
        committer.close();
    }

    /** Publishes one reference record under its key and returns its offset on {@code pacer.reference}. */
    public long publishReference(Object record) {
        return publishReferences(List.of(record)).get(0);
    }

    /**
     * Publishes one record ({@code null}: a tombstone) under {@code key} to a compacted topic other than the ledger
     * and the registers (e.g. {@code pacer.projects}); returns its offset there once Kafka acknowledged it.
     */
    public long publishCompacted(String topic, String key, Object record) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            return await(reference.send(topic, key, record == null ? null : PacerJson.write(record)), deadline).offset();
        }
        catch (KafkaUnavailableException e) {
            throw e;
        }
        catch (RuntimeException e) {
            throw new KafkaUnavailableException(topic + " did not take the write: " + rootMessage(e), e);
        }
    }

    /**
     * Publishes reference records under their keys, all sent before any is awaited (a bulk register document of
     * thousands of records would otherwise wait for one acknowledgement per record). The topic has one partition
     * and the producer is idempotent, so they land in list order. Returns their offsets, in order.
     */
    public List<Long> publishReferences(List<?> records) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            List<CompletableFuture<SendResult<String, byte[]>>> sends = new ArrayList<>(records.size());
            for (Object record : records) {
                sends.add(reference.send(Topics.REFERENCE, ReferenceKeys.of(record), PacerJson.write(record)));
            }
            List<Long> offsets = new ArrayList<>(sends.size());
            for (CompletableFuture<SendResult<String, byte[]>> send : sends) {
                offsets.add(await(send, deadline).offset());
            }
            return offsets;
        }
        catch (KafkaUnavailableException e) {
            throw e;
        }
        catch (RuntimeException e) {
            throw new KafkaUnavailableException("pacer.reference did not take the write: " + rootMessage(e), e);
        }
    }

    private RecordMetadata await(CompletableFuture<SendResult<String, byte[]>> send, long deadline) {
        try {
            return send.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS).getRecordMetadata();
        }
        catch (TimeoutException e) {
            send.cancel(true);
            throw new KafkaUnavailableException("Kafka did not acknowledge within " + timeout, e);
        }
        catch (ExecutionException e) {
            throw new KafkaUnavailableException("Kafka refused the write: " + rootMessage(e), e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaUnavailableException("interrupted while waiting for Kafka", e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

}
