package io.pacer.aggregate.partition;

import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/** The meters every partition's flushes add to (Micrometer's meters are safe to share between threads). */
final class FlushMeters {

    final Counter applied;
    final Timer toRanking;
    final Timer toApplied;
    final Timer compute;
    final Timer publish;

    FlushMeters(MeterRegistry registry) {
        this.applied = Counter.builder("pacer.figures.applied")
                .description("ledger figures applied to the aggregate's state").register(registry);
        this.toRanking = Timer.builder("pacer.submission.to.ranking")
                .description("from a live submission's acceptance to the publication of its ranked figures")
                .publishPercentileHistogram().register(registry);
        this.toApplied = Timer.builder("pacer.submission.to.applied")
                .description("from a live submission's acceptance to its figure applied in memory (then it waits for"
                        + " the next flush): what of pacer.submission.to.ranking is spent before the aggregate")
                .publishPercentileHistogram().register(registry);
        this.compute = stage(registry, "compute");
        this.publish = stage(registry, "publish");
    }

    /** Where a flush's time goes: recomputing, publishing to Kafka (and writing MongoDB: the store writer's). */
    private static Timer stage(MeterRegistry registry, String stage) {
        return Timer.builder("pacer.aggregate.flush").tag("stage", stage)
                .description("time spent per flush stage").register(registry);
    }

    /** Records, for the first {@code count} acceptance times, how long ago they were. */
    static void since(Timer timer, long[] acceptedAt, int from, int count) {
        long now = System.currentTimeMillis();
        for (int i = from; i < count; i++) {
            timer.record(Math.max(0, now - acceptedAt[i]), TimeUnit.MILLISECONDS);
        }
    }
}
