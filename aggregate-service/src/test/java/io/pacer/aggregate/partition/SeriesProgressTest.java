package io.pacer.aggregate.partition;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;

import io.pacer.aggregate.figure.LedgerEntry;
import io.pacer.events.Basis;
import io.pacer.events.Period;
import io.pacer.events.Topics;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class SeriesProgressTest {

    private static final TopicPartition P0 = new TopicPartition(Topics.SUBMISSIONS, 0);

    @Test
    void recordsUpToTheSeriesCheckpointAreStoredAndTheRestMarkTheirSeries() {
        SeriesProgress progress = new SeriesProgress();
        progress.assigned(P0, 10L);

        assertThat(progress.isStored(P0, 10)).isTrue();
        assertThat(progress.isStored(P0, 11)).isFalse();
        progress.assigned(P0, null);
        assertThat(progress.isStored(P0, 0)).as("no series checkpoint: every record").isFalse();
    }

    @Test
    void aReplayFromTheBeginningNeverMovesTheSeriesCheckpointBack() {
        SeriesProgress progress = new SeriesProgress();
        progress.assigned(P0, 10L);
        progress.reached(P0, 4);

        assertThat(progress.taken()).isEqualTo(Map.of("series|pacer.submissions-0", 10L));
        progress.reached(P0, 15);
        assertThat(progress.taken()).isEqualTo(Map.of("series|pacer.submissions-0", 15L));
        assertThat(progress.isStored(P0, 15)).as("taken means queued with the series it covers").isTrue();
    }

    @Test
    void aFlushInTheMiddleOfABacklogKeepsTheSeriesItDidNotTake() {
        Pending pending = new Pending();
        pending.series("D1", "e1", "rev", PERIOD, entry(1));
        pending.position("pacer.submissions-0", 3);

        pending.clear(false);
        assertThat(pending.series()).hasSize(1);
        assertThat(pending.checkpoints()).isEmpty();
        pending.clear(true);
        assertThat(pending.series()).isEmpty();
    }

    @Test
    void aSeriesThatTookAFewEntriesStoresThemAndOneThatTookMoreStoresItsWhole() {
        Pending pending = new Pending();
        for (int i = 1; i <= Pending.APPEND_MAX; i++) {
            pending.series("D1", "e1", "rev", PERIOD, entry(i));
        }
        for (int i = 1; i <= Pending.APPEND_MAX + 1; i++) {
            pending.series("D1", "e2", "rev", PERIOD, entry(i));
        }

        assertThat(pending.series()).satisfiesExactly(
                few -> assertThat(few.entries).extracting(LedgerEntry::position).containsExactly(1L, 2L),
                many -> assertThat(many.isWhole()).isTrue());
    }

    @Test
    void aSeriesIsWrittenWholeAgainOnceTwelveEntriesWereAppendedSinceItsLastWholeWrite() {
        SeriesProgress progress = new SeriesProgress();
        for (int i = 1; i <= SeriesProgress.COMPACT_AFTER; i++) {
            assertThat(progress.appended("D1|e1|rev", 1)).as("entry %d", i).isTrue();
        }
        assertThat(progress.appended("D1|e1|rev", 1)).isFalse();
        assertThat(progress.appended("D1|e1|rev", 2)).as("counted afresh after the whole write").isTrue();
        progress.writtenWhole("D1|e1|rev");
        assertThat(progress.appended("D1|e1|rev", SeriesProgress.COMPACT_AFTER)).isTrue();
    }

    private static final Period PERIOD = Period.parse("2026-01");

    private static LedgerEntry entry(long position) {
        return new LedgerEntry(position, "s" + position, "T1", Basis.CUMULATIVE, BigDecimal.ONE, null, null, false);
    }
}
