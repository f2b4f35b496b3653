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
}
