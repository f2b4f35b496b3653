package io.pacer.aggregate.flush;

import io.pacer.support.worker.WorkerWatchdog;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Flushes coalesced changes when no further batch comes to do it (live ones within a tenth of a second). The
 * scheduler would log and swallow what a tick throws and tick again, so an Error (which flushIfDue does not catch:
 * it retries only exceptions) is reported to the watchdog first: a flush timer that keeps failing is a dead one.
 */
@Component
class FlushTimer {

    private final Flushable aggregator;
    private final WorkerWatchdog watchdog;

    FlushTimer(Flushable aggregator, WorkerWatchdog watchdog) {
        this.aggregator = aggregator;
        this.watchdog = watchdog;
    }

    @Scheduled(fixedDelay = 50)
    void tick() {
        try {
            aggregator.flushIfDue();
        } catch (Error e) {
            watchdog.died("aggregate-flush-timer", e);
            throw e;
        }
    }
}
