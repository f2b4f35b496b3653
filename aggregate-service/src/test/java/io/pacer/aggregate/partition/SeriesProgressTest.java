package io.pacer.aggregate.partition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

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
        pending.series("D1", "e1", "rev");
        pending.position("pacer.submissions-0", 3);

        pending.clear(false);
        assertThat(pending.series()).hasSize(1);
        assertThat(pending.checkpoints()).isEmpty();
        pending.clear(true);
        assertThat(pending.series()).isEmpty();
    }
}
