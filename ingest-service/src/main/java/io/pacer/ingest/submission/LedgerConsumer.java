package io.pacer.ingest.submission;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import io.pacer.events.LedgerDecoder;
import io.pacer.events.SubmissionRecord;
import io.pacer.events.Topics;
import io.pacer.support.kafka.DeadLetters;
import io.pacer.support.kafka.KafkaBatch;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The ledger is the system of record; the history in MongoDB is its projection. This consumer (group
 * ingest-history, read_committed) applies every committed record, so a history write that failed after the commit,
 * or a lost database, is made good from the ledger. It takes a poll at a time and writes it with one bulk write per
 * collection: a catch-up of a long ledger would otherwise cost two round trips per record. It gives way to the
 * request path ({@link RequestPathWrites}): it skips the records whose history this instance's requests have just
 * written, and while requests come in it pauses between polls. Applying is idempotent, so the
 * request path having written it first, or the same poll delivered twice, changes nothing. A record that
 * cannot be read goes alone to pacer.submissions.dlq, and the rest of its poll is applied.
 */
@Configuration(proxyBeanMethods = false)
class LedgerConsumer {

    static final String DEAD_LETTER_TOPIC = Topics.SUBMISSIONS_DLQ;
    /** How long a poll waits, in all, for history writes the request path is doing (a few ms under load). */
    static final Duration WAIT_FOR_REQUEST_PATH = Duration.ofSeconds(2);

    @Bean
    Consumer<Message<List<byte[]>>> ledgerIn(HistoryStore history, LatestFigures figures,
            RequestPathWrites requestPathWrites, DeadLetters deadLetters, MeterRegistry meters) {
        Counter applied = meters.counter("pacer.history.ledger.records", "outcome", "applied");
        Counter skipped = meters.counter("pacer.history.ledger.records", "outcome", "written-by-request");
        // the decoder every ledger consumer uses, so all refuse the same records; with the warnings the history shows
        LedgerDecoder decoder = LedgerDecoder.withWarnings();
        return message -> {
            KafkaBatch batch = KafkaBatch.of(message);
            List<SubmissionRecord> records = new ArrayList<>(batch.size());
            List<Long> offsets = new ArrayList<>(batch.size());
            long waitUntil = System.nanoTime() + WAIT_FOR_REQUEST_PATH.toNanos();
            for (int i = 0; i < batch.size(); i++) {
                if (requestPathWrites.wrote(batch.partition(i), batch.offset(i), waitUntil)) {
                    skipped.increment();
                    continue;
                }
                try {
                    records.add(readable(decoder.decode(batch.payload(i))));
                    offsets.add(batch.offset(i));
                }
                catch (RuntimeException e) {
                    deadLetters.send(DEAD_LETTER_TOPIC, batch.rejected(i, e));
                }
            }
            if (!records.isEmpty()) {
                applied.increment(records.size());
                long started = System.nanoTime();
                history.applyAll(records, offsets, null);
                figures.write(records, offsets);
                pause(requestPathWrites.pauseAfter(Duration.ofNanos(System.nanoTime() - started)));
            }
        };
    }

    private static void pause(Duration pause) {
        if (!pause.isZero()) {
            try {
                Thread.sleep(pause.toMillis());
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The fields the history is keyed and ordered by; a record without them cannot be applied. */
    private static SubmissionRecord readable(SubmissionRecord r) {
        if (r == null || r.submissionId() == null || r.entityId() == null || r.indicator() == null
                || r.period() == null || r.acceptedAt() == null || r.value() == null) {
            throw new IllegalArgumentException("not a ledger record: submissionId, entityId, indicator, period, value"
                    + " and acceptedAt are required");
        }
        return r;
    }
}
