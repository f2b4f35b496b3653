package io.pacer.aggregate.ledger;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Flushes a backlog's coalesced changes when no further batch comes to do it (the backlog ended on a full one). */
@Component
class FlushTimer {

    private final Aggregator aggregator;

    FlushTimer(Aggregator aggregator) {
        this.aggregator = aggregator;
    }

    @Scheduled(fixedDelay = 250)
    void tick() {
        aggregator.flushIfDue();
    }
}
