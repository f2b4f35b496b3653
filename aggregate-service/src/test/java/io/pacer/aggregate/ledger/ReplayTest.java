package io.pacer.aggregate.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.pacer.events.Topics;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class ReplayTest {

    private static final TopicPartition P0 = new TopicPartition(Topics.SUBMISSIONS, 0);
    private static final TopicPartition P1 = new TopicPartition(Topics.SUBMISSIONS, 1);

    @Test
    void aGroupIsHeldBackUntilItsPartitionReachesTheStoredCheckpoint() {
        Replay replay = new Replay();
        replay.start(P0, 10);
        replay.group(P0, "D1");

        assertThat(replay.isSettled("D1")).isFalse();
        assertThat(replay.reached(P0, 9)).isNull();
        assertThat(replay.isReplaying(P0)).isTrue();

        assertThat(replay.reached(P0, 10)).containsExactly("D1");
        assertThat(replay.isSettled("D1")).isTrue();
        assertThat(replay.isReplayingAny()).isFalse();
    }

    @Test
    void aPartitionWithoutCheckpointIsNotReplayedQuietly() {
        Replay replay = new Replay();
        replay.start(P0, -1);
        replay.group(P0, "D1");

        assertThat(replay.isReplaying(P0)).isFalse();
        assertThat(replay.isSettled("D1")).isTrue();
        assertThat(replay.reached(P0, 0)).isNull();
    }

    @Test
    void groupsOfOtherPartitionsAreNotHeldBack() {
        Replay replay = new Replay();
        replay.start(P0, 5);
        replay.start(P1, -1);
        replay.group(P0, "D1");
        replay.group(P1, "D2");

        assertThat(replay.isSettled("D2")).isTrue();
        assertThat(replay.isSettled("D1")).isFalse();
    }

    @Test
    void aRevokedPartitionStopsReplaying() {
        Replay replay = new Replay();
        replay.start(P0, 5);
        replay.group(P0, "D1");

        replay.forget(List.of(P0));

        assertThat(replay.isReplayingAny()).isFalse();
        assertThat(replay.isSettled("D1")).isTrue();
    }
}
