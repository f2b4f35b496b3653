package io.pacer.support.worker;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * The {@code @Scheduled} clocks (deliveries, outbox retries, MISSING_REPORT, flush timers) are workers too. Spring
 * logs and suppresses whatever escapes a repeating task, so an Error there (out of memory while building a batch)
 * would leave a clock that may never work again behind a health that says UP: it is reported to the watchdog
 * instead. An exception is logged and the clock goes on, as each task handles its own failures.
 */
public class SchedulerWatch implements ThreadPoolTaskSchedulerCustomizer {

    private static final Logger log = LoggerFactory.getLogger(SchedulerWatch.class);

    private final WorkerWatchdog watchdog;

    public SchedulerWatch(WorkerWatchdog watchdog) {
        this.watchdog = watchdog;
    }

    @Override
    public void customize(ThreadPoolTaskScheduler scheduler) {
        scheduler.setErrorHandler(failure -> {
            if (failure instanceof Error) {
                watchdog.died("scheduled task on " + Thread.currentThread().getName(), failure);
            } else {
                log.warn("A scheduled task failed; it runs again on its next tick", failure);
            }
        });
    }
}
