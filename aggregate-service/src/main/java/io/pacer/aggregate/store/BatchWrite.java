package io.pacer.aggregate.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One write of the {@link StoreWriter}, in as few round trips as it can: totals rows, rankings, whole series,
 * appended entries (those of the series just written whole dropped first), then every checkpoint, each one bulk
 * write and none when empty. A live write of a few records is thus one bulk write of the rankings, one of the
 * entries and one of the checkpoints. When it fails for what it holds, the documents at fault are found and
 * dead-lettered ({@link Isolation}). Used by the writer thread only.
 */
final class BatchWrite {

    private static final Logger log = LoggerFactory.getLogger(BatchWrite.class);

    private final FigureStore store;
    private final DeadLetterSink deadLetters;
    /** The series with entries appended (by this instance) since they were last written whole. */
    private final Set<String> withEntries = new HashSet<>();

    BatchWrite(FigureStore store, DeadLetterSink deadLetters) {
        this.store = store;
        this.deadLetters = deadLetters;
    }

    void write(WriteQueue.Batch batch) {
        Map<String, Documents.Ranking> docs = batch.rankings();
        try {
            store.write(batch.rows().values(), docs.values().stream().map(Documents.Ranking::toDocument).toList(),
                    Map.of());
            store.writeSeries(batch.series().values().stream().map(SeriesDocuments.Snapshot::toDocument).toList());
            List<String> rewritten = rewrittenWithEntries(batch);
            store.writeEntries(rewritten, batch.appended().values().stream()
                    .flatMap(a -> a.toDocuments().stream()).toList());
            store.write(List.of(), List.of(), batch.marks());
            rewritten.forEach(withEntries::remove);
        } catch (RuntimeException e) {
            if (Failures.isInfrastructure(e)) {
                throw e;
            }
            log.error("Storing {} rankings failed for a reason in the documents; isolating them: {}", docs.size(),
                    Failures.describe(e));
            Isolation.write(store, batch, deadLetters);
        }
        withEntries.addAll(batch.appended().keySet());
    }

    /**
     * The series written whole in this batch that had entries appended before (since this instance started:
     * entries older than that stay, and merging one again changes nothing). They are no longer needed.
     */
    private List<String> rewrittenWithEntries(WriteQueue.Batch batch) {
        List<String> rewritten = new ArrayList<>();
        for (String id : batch.series().keySet()) {
            if (withEntries.contains(id)) {
                rewritten.add(id);
            }
        }
        return rewritten;
    }
}
