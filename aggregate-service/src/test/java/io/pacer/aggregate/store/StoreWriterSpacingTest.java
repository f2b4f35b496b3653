package io.pacer.aggregate.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How far apart live store writes come: the rule alone, without timing a writer. */
class StoreWriterSpacingTest {

    @ParameterizedTest(name = "after a write of {0} ms, the next waits {1} ms")
    @CsvSource({"0, 200", "50, 200", "100, 200", "300, 600", "500, 1000", "4000, 1000"})
    void aLiveWriteWaitsTwiceWhatTheLastTookAtLeast200MsAndAtMostASecond(long lastMillis, long waitMillis) {
        assertThat(WriteSpacing.live(TimeUnit.MILLISECONDS.toNanos(lastMillis)))
                .isEqualTo(TimeUnit.MILLISECONDS.toNanos(waitMillis));
    }
}
