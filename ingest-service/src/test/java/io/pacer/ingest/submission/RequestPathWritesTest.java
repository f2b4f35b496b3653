package io.pacer.ingest.submission;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequestPathWritesTest {

    private final RequestPathWrites writes = new RequestPathWrites();

    @Test
    void theLedgerConsumerDoesNotPauseWhileNoRequestsComeIn() {
        assertThat(writes.pauseAfter(Duration.ofMillis(80))).isZero();
    }

    @Test
    void whileRequestsComeInItPausesAsLongAsItsWriteTookUpToACap() {
        writes.add(List.of("s1"));

        assertThat(writes.pauseAfter(Duration.ofMillis(80))).isEqualTo(Duration.ofMillis(80));
        assertThat(writes.pauseAfter(Duration.ofSeconds(3))).isEqualTo(RequestPathWrites.MAX_PAUSE);
    }

    @Test
    void onlyTheMostRecentSubmissionsAreRemembered() {
        writes.add(List.of("oldest"));
        writes.add(IntStream.range(0, RequestPathWrites.CAPACITY).mapToObj(i -> "s" + i).toList());

        assertThat(writes.contains("oldest")).isFalse();
        assertThat(writes.contains("s0")).isTrue();
        assertThat(writes.contains("s" + (RequestPathWrites.CAPACITY - 1))).isTrue();
    }
}
