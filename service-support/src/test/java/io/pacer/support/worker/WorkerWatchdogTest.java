package io.pacer.support.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.support.GenericApplicationContext;

class WorkerWatchdogTest {

    private final GenericApplicationContext context = new GenericApplicationContext();
    private final WorkerWatchdog watchdog;

    WorkerWatchdogTest() {
        context.registerBean(ApplicationAvailabilityBean.class);
        context.refresh();
        // as SpringApplication does once started (the bean's default, with no event yet, is BROKEN)
        AvailabilityChangeEvent.publish(context, LivenessState.CORRECT);
        watchdog = new WorkerWatchdog(context, false);
    }

    @AfterEach
    void close() {
        context.close();
    }

    private LivenessState liveness() {
        return context.getBean(ApplicationAvailability.class).getLivenessState();
    }

    @Test
    void aWorkerThatEndsNormallyLeavesTheInstanceUpAndLive() throws Exception {
        watchdog.start("quiet", () -> { }).join();
        assertThat(watchdog.health().getStatus()).isEqualTo(Status.UP);
        assertThat(liveness()).isEqualTo(LivenessState.CORRECT);
    }

    @Test
    void aWorkerKilledByAnExceptionTurnsHealthDownNamingItAndBreaksLiveness() throws Exception {
        Thread worker = watchdog.start("store-writer", () -> {
            throw new IllegalStateException("boom");
        });
        worker.join();
        assertThat(watchdog.anyDead()).isTrue();
        assertThat(watchdog.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(watchdog.health().getDetails()).containsKey("store-writer");
        assertThat(String.valueOf(watchdog.health().getDetails().get("store-writer"))).contains("boom");
        assertThat(liveness()).isEqualTo(LivenessState.BROKEN);
    }

    @Test
    void aGuardedBodyRethrowsWhatKilledItAfterReportingIt() {
        Runnable guarded = watchdog.guard("timer", () -> {
            throw new StackOverflowError("deep");
        });
        assertThatThrownBy(guarded::run).isInstanceOf(StackOverflowError.class);
        assertThat(watchdog.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(liveness()).isEqualTo(LivenessState.BROKEN);
    }
}
