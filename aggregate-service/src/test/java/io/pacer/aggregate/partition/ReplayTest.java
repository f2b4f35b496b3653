package io.pacer.aggregate.partition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import io.pacer.events.Topics;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class ReplayTest {

    private static final TopicPartition P0 = new TopicPartition(Topics.SUBMISSIONS, 0);
    private static final TopicPartition P1 = new TopicPartition(Topics.SUBMISSIONS, 1);

    private final Map<TopicPartition, Set<String>> owned = new HashMap<>();

    /** What the aggregator notes when it applies a record of the partition to the group. */
    private void group(TopicPartition tp, String group) {
        owned.computeIfAbsent(tp, p -> new HashSet<>()).add(group);
    }

    @Test
    void aGroupIsHeldBackUntilItsPartitionReachesTheStoredCheckpoint() {
        Replay replay = new Replay(owned);
        replay.start(P0, 10);
        group(P0, "D1");

        assertThat(replay.isSettled("D1")).isFalse();
        assertThat(replay.reached(P0, 9)).isFalse();
        assertThat(replay.isReplaying(P0)).isTrue();

        assertThat(replay.reached(P0, 10)).isTrue();
        assertThat(owned.get(P0)).containsExactly("D1");
        assertThat(replay.isSettled("D1")).isTrue();
        assertThat(replay.isReplayingAny()).isFalse();
    }

    @Test
    void aPartitionWithoutCheckpointIsNotReplayedQuietly() {
        Replay replay = new Replay(owned);
        replay.start(P0, -1);
        group(P0, "D1");

        assertThat(replay.isReplaying(P0)).isFalse();
        assertThat(replay.isSettled("D1")).isTrue();
        assertThat(replay.reached(P0, 0)).isFalse();
    }

    @Test
    void groupsOfOtherPartitionsAreNotHeldBack() {
        Replay replay = new Replay(owned);
        replay.start(P0, 5);
        replay.start(P1, -1);
        group(P0, "D1");
        group(P1, "D2");

        assertThat(replay.isSettled("D2")).isTrue();
        assertThat(replay.isSettled("D1")).isFalse();
    }

    @Test
    void aRevokedPartitionStopsReplaying() {
        Replay replay = new Replay(owned);
        replay.start(P0, 5);
        group(P0, "D1");

        replay.forget(P0);

        assertThat(replay.isReplayingAny()).isFalse();
        assertThat(replay.isSettled("D1")).isTrue();
    }

    @Test
    void onlyRecordsUpToTheCheckpointAreStoredAlreadyEvenInTheBatchThatEndsTheReplay() {
        Replay replay = new Replay(owned);
        replay.start(P0, 10);

        assertThat(replay.isStored(P0, 10)).isTrue();
        assertThat(replay.isStored(P0, 11)).as("past the checkpoint, before the batch is noted").isFalse();
        assertThat(replay.isStored(P1, 0)).as("a partition read from the beginning").isFalse();
    }
}
