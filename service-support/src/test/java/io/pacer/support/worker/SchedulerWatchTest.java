package io.pacer.support.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

class SchedulerWatchTest {

    private final GenericApplicationContext context = new GenericApplicationContext();
    private final WorkerWatchdog watchdog;
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

    SchedulerWatchTest() {
        context.registerBean(ApplicationAvailabilityBean.class);
        context.refresh();
        AvailabilityChangeEvent.publish(context, LivenessState.CORRECT);
        watchdog = new WorkerWatchdog(context, false);
        new SchedulerWatch(watchdog).customize(scheduler);
        scheduler.initialize();
    }

    @AfterEach
    void close() {
        scheduler.shutdown();
        context.close();
    }

    @Test
    void anErrorInARepeatingTaskTurnsHealthDown() throws Exception {
        scheduler.scheduleWithFixedDelay(() -> {
            throw new OutOfMemoryError("simulated");
        }, Duration.ofMillis(20));

        for (int i = 0; i < 100 && !watchdog.anyDead(); i++) {
            Thread.sleep(20);
        }
        assertThat(watchdog.health().getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void anExceptionIsLoggedAndTheClockGoesOn() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        scheduler.scheduleWithFixedDelay(() -> {
            runs.incrementAndGet();
            throw new IllegalStateException("a failed tick");
        }, Duration.ofMillis(10));

        for (int i = 0; i < 100 && runs.get() < 3; i++) {
            Thread.sleep(20);
        }
        assertThat(runs.get()).isGreaterThanOrEqualTo(3);
        assertThat(watchdog.anyDead()).isFalse();
    }
}
