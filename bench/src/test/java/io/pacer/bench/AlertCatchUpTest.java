package io.pacer.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AlertCatchUpTest {

    @Test
    void theRatioIsAlertServicesRateOverTheRateTheAggregatePublishedAt() {
        // the aggregate published 300,000 events in 100 s; alert-service read them in 60 s
        AlertCatchUp.Rates rates = new AlertCatchUp.Result(300_000, 300_000, 60, true).rates(300_000, 100);

        assertThat(rates.r()).isCloseTo(5_000, within(1e-9));
        assertThat(rates.a()).isCloseTo(3_000, within(1e-9));
        assertThat(rates.x()).isCloseTo(5.0 / 3, within(1e-9));
    }

    @Test
    void notCaughtUpTheRateIsWhatWasConsumedByTheTimeout() {
        AlertCatchUp.Rates rates = new AlertCatchUp.Result(300_000, 30_000, 600, false).rates(300_000, 100);

        assertThat(rates.events()).isEqualTo(30_000);
        assertThat(rates.r()).isCloseTo(50, within(1e-9));
        assertThat(rates.x()).isCloseTo(50.0 / 3_000, within(1e-9));
    }
}
