package io.pacer.ingest.inbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.apache.kafka.clients.consumer.ConsumerGroupMetadata;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;

import io.pacer.events.InboxRejection;
import io.pacer.events.PacerJson;
import io.pacer.events.SubmissionRecord;
import io.pacer.events.Topics;
import io.pacer.ingest.ledger.LedgerPosition;

/**
 * One Kafka transaction per poll: the ledger records (keyed by parent region, as the HTTP path writes them), the
 * rejections, and the inbox consumer's next offsets. Any failure closes the producer; the next transaction starts
 * a new one under the same transactional id, whose {@code initTransactions} first completes or aborts whatever the
 * failed one left, so the consumer can then tell from its committed offsets whether the poll went in.
 */
final class InboxTransactions implements AutoCloseable {

    private final Supplier<Producer<String, byte[]>> factory;
    private Producer<String, byte[]> producer;

    InboxTransactions(Supplier<Producer<String, byte[]>> factory) {
        this.factory = factory;
    }

    /** Makes sure a producer is ready for a transaction (blocks up to max.block.ms when Kafka is away). */
    void ready() {
        if (producer == null) {
            Producer<String, byte[]> created = factory.get();
            try {
                created.initTransactions();
            }
            catch (RuntimeException e) {
                created.close(Duration.ZERO);
                throw e;
            }
            producer = created;
        }
    }

    /** Commits the poll; returns where each ledger record landed, in order. Throws, after closing, on failure. */
    List<LedgerPosition> commit(List<SubmissionRecord> ledger, List<InboxRejection> rejections,
            Map<TopicPartition, OffsetAndMetadata> offsets, ConsumerGroupMetadata group) {
        ready();
        try {
            producer.beginTransaction();
            List<Future<RecordMetadata>> sent = new ArrayList<>(ledger.size());
            for (SubmissionRecord r : ledger) {
                sent.add(producer.send(new ProducerRecord<>(Topics.SUBMISSIONS, r.parentRegionId(),
                        PacerJson.write(r))));
            }
            for (InboxRejection r : rejections) {
                producer.send(new ProducerRecord<>(Topics.INBOX_REJECTED, r.key(), PacerJson.write(r)));
            }
            producer.sendOffsetsToTransaction(offsets, group);
            producer.commitTransaction();
            List<LedgerPosition> positions = new ArrayList<>(sent.size());
            for (Future<RecordMetadata> send : sent) {
                RecordMetadata at = send.get();
                positions.add(new LedgerPosition(at.partition(), at.offset()));
            }
            return positions;
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            reset();
            throw new KafkaException("interrupted while committing the inbox poll", e);
        }
        catch (ExecutionException e) {
            reset();
            throw new KafkaException("a send of the committed inbox poll failed", e.getCause());
        }
        catch (RuntimeException e) {
            reset();
            throw e;
        }
    }

    /** Drops the producer (and with it any transaction it had open). */
    void reset() {
        if (producer != null) {
            try {
                producer.close(Duration.ZERO);
            }
            catch (RuntimeException ignored) {
                // closing a broken producer: nothing more to do
            }
            producer = null;
        }
    }

    @Override
    public void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }
}
