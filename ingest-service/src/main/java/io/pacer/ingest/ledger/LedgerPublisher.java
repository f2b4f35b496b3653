package io.pacer.ingest.ledger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

import io.pacer.events.PacerJson;
import io.pacer.events.ReferenceKeys;
import io.pacer.events.SubmissionRecord;
import io.pacer.events.Topics;
import io.pacer.ingest.IngestProperties;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.stereotype.Component;

/**
 * Writes to Kafka and waits for the acknowledgement. A request's ledger records go in one transaction, in order;
 * if anything fails or the deadline passes, the transaction is aborted, so read_committed consumers see none of it.
 */
@Component
public class LedgerPublisher {

    private final KafkaTemplate<String, byte[]> ledger;
    private final KafkaTemplate<String, byte[]> reference;
    private final Duration timeout;

    LedgerPublisher(@Qualifier("ledgerKafkaTemplate") KafkaTemplate<String, byte[]> ledger,
            @Qualifier("referenceKafkaTemplate") KafkaTemplate<String, byte[]> reference, IngestProperties properties) {
        this.ledger = ledger;
        this.reference = reference;
        this.timeout = properties.kafkaTimeout();
    }

    /** Publishes the records in one transaction; returns each record's offset, in order. */
    public List<Long> publishSubmissions(List<SubmissionRecord> records) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            return ledger.executeInTransaction(ops -> {
                List<CompletableFuture<SendResult<String, byte[]>>> sends = new ArrayList<>();
                for (SubmissionRecord r : records) {
                    sends.add(ops.send(new ProducerRecord<>(Topics.SUBMISSIONS, r.parentRegionId(), PacerJson.write(r))));
                }
                List<Long> offsets = new ArrayList<>();
                for (CompletableFuture<SendResult<String, byte[]>> send : sends) {
                    offsets.add(await(send, deadline).offset());
                }
                return offsets;
            });
        }
        catch (KafkaUnavailableException e) {
            throw e;
        }
        catch (RuntimeException e) {
            throw new KafkaUnavailableException("the ledger did not take the write: " + rootMessage(e), e);
        }
    }

    /** Publishes one reference record under its key and returns its offset on {@code pacer.reference}. */
    public long publishReference(Object record) {
        return publishReferences(List.of(record)).get(0);
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
