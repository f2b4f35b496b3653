package io.pacer.aggregate.store;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.pacer.events.Topics;
import org.bson.Document;

/**
 * What the store writer does when a write or a publication failed because of what it carried rather than because
 * MongoDB or Kafka were away ({@link Failures}): it finds the documents or events at fault, dead-letters a
 * description of each ({@link OutputDeadLetters}) and lets the rest go on, instead of retrying a write that can never
 * pass while every ranking behind it waits.
 *
 * <p>A batch write does not say which of its documents failed, so they are written again one at a time; the ones
 * that fail alone for a data reason are the culprits. This happens only after a failure, never on the hot path.
 * The figures at fault stay in memory: the next flush that touches their ranking meets the same failure and
 * dead-letters it again, nothing waits for it. (Bad numbers are refused on decode, {@link RecordRules}, so a
 * failure here is a bug, not a record; it is made visible, not hidden in a retry loop.)
 */
final class Isolation {

    private Isolation() {
    }

    /**
     * Writes a batch's series, appended entries, rows, rankings, then the checkpoints, dead-lettering what fails
     * alone; an outage is thrown.
     */
    static void write(FigureStore store, WriteQueue.Batch batch, DeadLetterSink sink) {
        Map<String, Document> rows = batch.rows();
        Map<String, Documents.Ranking> rankings = batch.rankings();
        Map<String, Long> marks = batch.marks();
        for (SeriesDocuments.Snapshot s : batch.series().values()) {
            try {
                store.writeSeries(List.of(s.toDocument()));
            } catch (RuntimeException e) {
                rethrowOutage(e);
                sink.send(Topics.SUBMISSIONS_DLQ, "entity series", s.id(), e);
            }
        }
        for (SeriesDocuments.Appended a : batch.appended().values()) {
            try {
                store.writeEntries(List.of(), a.toDocuments());
            } catch (RuntimeException e) {
                rethrowOutage(e);
                sink.send(Topics.SUBMISSIONS_DLQ, "entity series entries", a.id(), e);
            }
        }
        for (Map.Entry<String, Document> row : rows.entrySet()) {
            try {
                store.write(List.of(row.getValue()), List.of(), Map.of());
            } catch (RuntimeException e) {
                rethrowOutage(e);
                sink.send(Topics.REGION_TOTALS_DLQ, "child totals row", row.getKey(), e);
            }
        }
        for (Documents.Ranking ranking : rankings.values()) {
            try {
                store.write(List.of(), List.of(ranking.toDocument()), Map.of());
            } catch (RuntimeException e) {
                rethrowOutage(e);
                sink.send(Topics.SUBMISSIONS_DLQ, "ranking", ranking.id(), e);
            }
        }
        store.write(List.of(), List.of(), marks);
    }

    /**
     * Waits for the acknowledgements of a flush's events. An event Kafka refused for its own sake is dead-lettered
     * and counts as done; any other failure (or no answer in time) is thrown: the events are published again.
     */
    static void awaitAcks(List<Sent> sent, Duration timeout, DeadLetterSink sink) {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Sent s : sent) {
            try {
                s.ack().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Kafka", e);
            } catch (TimeoutException e) {
                throw new IllegalStateException("Kafka did not take the figures in time", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                if (Failures.isInfrastructure(cause)) {
                    throw new IllegalStateException("Kafka did not take the figures: " + cause, cause);
                }
                sink.send(Topics.SUBMISSIONS_DLQ, s.kind(), s.id(), cause);
            }
        }
    }

    private static void rethrowOutage(RuntimeException e) {
        if (Failures.isInfrastructure(e)) {
            throw e;
        }
    }
}
