package io.pacer.support.worker;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Makes a dead worker thread visible instead of leaving a process that answers UP while nothing is done. Wrap what
 * a thread the service runs itself loops on ({@link #start}, {@link #guard}); when something escapes it:
 * <ul>
 *   <li>the worker is recorded as dead: this indicator ({@code workers}) reports DOWN, naming it;</li>
 *   <li>liveness becomes {@link LivenessState#BROKEN}, so {@code /actuator/health} and its liveness group are DOWN
 *       at once and an orchestrator restarts the process;</li>
 *   <li>for an {@link Error} (out of memory, a stack overflow) the process exits (status 1) when
 *       {@code pacer.workers.exit-on-error} is true (the default): a JVM that ran out of memory is not trusted to
 *       go on. The context is closed first; if that has not ended within {@link #HALT_AFTER_MS} it is halted.</li>
 * </ul>
 * A worker that ends normally (its loop returned) is not a failure. Threads the service does not own (a Kafka
 * listener container's) are reported through {@link #died} by whoever sees them stop.
 */
public class WorkerWatchdog implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(WorkerWatchdog.class);
    static final long HALT_AFTER_MS = 30_000;

    private final ConfigurableApplicationContext context;
    private final boolean exitOnError;
    private final Map<String, String> dead = new ConcurrentHashMap<>();

    public WorkerWatchdog(ConfigurableApplicationContext context, boolean exitOnError) {
        this.context = context;
        this.exitOnError = exitOnError;
    }

    /** Starts a daemon thread named {@code worker} that runs {@code body} under {@link #guard}. */
    public Thread start(String worker, Runnable body) {
        Thread thread = new Thread(guard(worker, body), worker);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** {@code body}, reporting to {@link #died} whatever it throws before rethrowing it. */
    public Runnable guard(String worker, Runnable body) {
        return () -> {
            try {
                body.run();
            } catch (Throwable t) {
                died(worker, t);
                throw t;
            }
        };
    }

    /** Records that a worker died of {@code cause}: health DOWN and liveness BROKEN, and an Error ends the process. */
    public void died(String worker, Throwable cause) {
        dead.put(worker, Instant.now() + " " + cause);
        log.error("Worker {} died; this instance is no longer live", worker, cause);
        try {
            AvailabilityChangeEvent.publish(context, LivenessState.BROKEN);
        } catch (RuntimeException e) {
            log.error("Could not mark the instance broken", e);
        }
        if (cause instanceof Error && exitOnError) {
            exit(worker);
        }
    }

    /** Whether any worker died. */
    public boolean anyDead() {
        return !dead.isEmpty();
    }

    @Override
    public Health health() {
        return dead.isEmpty() ? Health.up().build() : Health.down().withDetails(Map.copyOf(dead)).build();
    }

    private void exit(String worker) {
        try {
            Thread halt = new Thread(() -> {
                sleep(HALT_AFTER_MS);
                Runtime.getRuntime().halt(1);
            }, "pacer-halt");
            halt.setDaemon(true);
            halt.start();
            Thread exit = new Thread(() -> System.exit(SpringApplication.exit(context, () -> 1)), "pacer-exit");
            exit.start();
        } catch (Throwable t) {
            // no memory for even a thread: nothing orderly is possible any more
            Runtime.getRuntime().halt(1);
        }
        log.error("Exiting: worker {} died of an Error", worker);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
