package io.pacer.aggregate.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.pacer.aggregate.figure.EntitySeries;
import io.pacer.aggregate.figure.LedgerEntry;
import io.pacer.events.Basis;
import io.pacer.events.Period;
import org.junit.jupiter.api.Test;

class WriteQueueTest {

    private static SeriesDocuments.Snapshot series(int n) {
        EntitySeries s = new EntitySeries("e" + n, "rev");
        s.apply(new Period(2026, 1), new LedgerEntry(n, "s" + n, "T1", Basis.MONTHLY, java.math.BigDecimal.ONE, null,
                null, false));
        return SeriesDocuments.Snapshot.of("D1", s);
    }

    @Test
    void theSeriesOfACatchUpAreTakenInSlicesAndTheirCheckpointWithTheLast() {
        WriteQueue queue = new WriteQueue();
        List<SeriesDocuments.Snapshot> all = new ArrayList<>();
        for (int n = 0; n < WriteQueue.SERIES_PER_WRITE + 10; n++) {
            all.add(series(n));
        }
        queue.add(List.of(), all, List.of(), Map.of("pacer.submissions-0", 7L,
                SeriesDocuments.checkpointKey("pacer.submissions-0"), 7L), List.of());

        WriteQueue.Batch first = queue.take();
        assertThat(first.series()).hasSize(WriteQueue.SERIES_PER_WRITE);
        assertThat(first.marks()).as("the figures' checkpoint goes at once, the series' waits")
                .isEqualTo(Map.of("pacer.submissions-0", 7L));

        WriteQueue.Batch second = queue.take();
        assertThat(second.series()).hasSize(10);
        assertThat(second.marks()).isEqualTo(Map.of(SeriesDocuments.checkpointKey("pacer.submissions-0"), 7L));
        assertThat(queue.isEmpty()).isTrue();
    }

    private static SeriesDocuments.Appended appended(int n, long position) {
        return new SeriesDocuments.Appended("D1", "e" + n, "rev", List.of(new Period(2026, 1)), List.of(
                new LedgerEntry(position, "s" + position, "T1", Basis.MONTHLY, java.math.BigDecimal.ONE, null, null,
                        false)));
    }

    @Test
    void entriesWaitingBeforeAWholeSeriesAreDroppedForItAndThoseAfterItKept() {
        WriteQueue queue = new WriteQueue();
        queue.add(List.of(), List.of(appended(1, 1), appended(2, 2)), List.of(), Map.of(), List.of());
        queue.add(List.of(), List.of(series(1)), List.of(), Map.of(), List.of());
        queue.add(List.of(), List.of(appended(1, 3), appended(2, 4)), List.of(), Map.of(), List.of());

        WriteQueue.Batch batch = queue.take();

        assertThat(batch.series()).containsOnlyKeys("D1|e1|rev");
        assertThat(batch.appended().get("D1|e1|rev").entries()).extracting(LedgerEntry::position).containsExactly(3L);
        assertThat(batch.appended().get("D1|e2|rev").entries()).extracting(LedgerEntry::position)
                .containsExactly(2L, 4L);
    }

    @Test
    void aFailedWritesEntriesGoBackBeforeNewerOnesUnlessANewerWholeSeriesHoldsThem() {
        WriteQueue queue = new WriteQueue();
        queue.add(List.of(), List.of(appended(1, 1), appended(2, 2)), List.of(), Map.of(), List.of());
        WriteQueue.Batch failed = queue.take();
        queue.add(List.of(), List.of(appended(1, 5), series(2)), List.of(), Map.of(), List.of());

        queue.requeue(failed, true);
        WriteQueue.Batch again = queue.take();

        assertThat(again.appended().get("D1|e1|rev").entries()).extracting(LedgerEntry::position)
                .containsExactly(1L, 5L);
        assertThat(again.appended()).doesNotContainKey("D1|e2|rev");
        assertThat(again.series()).containsOnlyKeys("D1|e2|rev");
    }
}
