package io.pacer.aggregate.ledger;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Flushes coalesced changes when no further batch comes to do it (live ones within a tenth of a second). */
@Component
class FlushTimer {

    private final Aggregator aggregator;

    FlushTimer(Aggregator aggregator) {
        this.aggregator = aggregator;
    }

    @Scheduled(fixedDelay = 50)
    void tick() {
        aggregator.flushIfDue();
    }
}
