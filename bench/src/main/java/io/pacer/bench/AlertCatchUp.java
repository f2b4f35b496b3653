package io.pacer.bench;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;

import io.pacer.events.Topics;
import org.apache.kafka.common.TopicPartition;

/**
 * Phase (b2): alert-service from its group's start of {@code pacer.figures} (everything the aggregate published in
 * (b)) to caught up, timed as the aggregate's catch-up is: t0 is when its figures consumer starts (a member of the
 * group {@code alert-service} has partitions of pacer.figures assigned, or the group has committed past where it
 * was put, whichever is seen first; polled every 50 ms), t1 the first moment the group's lag on pacer.figures is 0
 * (Admin client, every 100 ms) and still 0, with the topic's end unchanged, a second later. Rate = events on
 * pacer.figures (end − start offsets: the aggregate writes them without transactions, so there are no markers) /
 * (t1 − t0). After the timeout the partial rate (committed / elapsed) is reported instead. With several instances
 * in the group, t0 is the first of them to get partitions and the lag is the group's: caught up means all of them
 * together have consumed everything.
 */
final class AlertCatchUp {

    static final String GROUP = "alert-service";

    /**
     * The rates the report compares: R = the alert catch-up's events / its seconds; A = the events the aggregate
     * published on pacer.figures during its own catch-up / that catch-up's seconds; X = R / A (goal ≥ 1:
     * alert-service keeps up with what the aggregate can publish).
     */
    record Rates(long events, double seconds, long aggregateEvents, double aggregateSeconds) {

        double r() {
            return events / seconds;
        }

        double a() {
            return aggregateEvents / aggregateSeconds;
        }

        double x() {
            return r() / a();
        }
    }

    /** {@code consumed}: events committed by t1 (all of them when complete) or by the timeout. */
    record Result(long events, long consumed, double seconds, boolean complete) {

        Rates rates(long aggregateEvents, double aggregateSeconds) {
            return new Rates(complete ? events : consumed, seconds, aggregateEvents, aggregateSeconds);
        }
    }

    private final Offsets offsets;
    private final PrintStream out;

    AlertCatchUp(Offsets offsets, PrintStream out) {
        this.offsets = offsets;
        this.out = out;
    }

    /** t0: the first moment the figures consumer has partitions assigned, or has committed past {@code from}. */
    long start(Instances alert, Map<TopicPartition, Long> from) {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        long before = Offsets.sum(from);
        while (true) {
            if (offsets.assigned(GROUP, Topics.FIGURES)) {
                out.println("  t0: the figures consumer has its partitions");
                return System.nanoTime();
            }
            if (Offsets.sum(offsets.committed(GROUP, Topics.FIGURES)) > before) {
                out.println("  t0: the figures consumer committed");
                return System.nanoTime();
            }
            java.util.Optional<Service> stopped = alert.stopped();
            if (stopped.isPresent() || System.nanoTime() > deadline) {
                throw new BenchException("alert-service did not start: see " + stopped.orElse(alert.first()).log());
            }
            Stack.sleep(50);
        }
    }

    Result await(long t0, Map<TopicPartition, Long> starts, Duration timeout) {
        long deadline = t0 + timeout.toNanos();
        long nextProgress = t0 + Duration.ofSeconds(10).toNanos();
        long begin = Offsets.sum(starts);
        long consumed = 0;
        while (System.nanoTime() < deadline) {
            long seen = System.nanoTime();
            Map<TopicPartition, Long> ends = offsets.ends(Topics.FIGURES);
            Map<TopicPartition, Long> committed = offsets.committed(GROUP, Topics.FIGURES);
            consumed = Math.max(0, Offsets.sum(committed) - begin);
            long lag = Offsets.lag(ends, committed);
            if (lag == 0) {
                Stack.sleep(1000);
                Map<TopicPartition, Long> endsLater = offsets.ends(Topics.FIGURES);
                if (endsLater.equals(ends) && Offsets.lag(endsLater, offsets.committed(GROUP, Topics.FIGURES)) == 0) {
                    long events = Offsets.sum(ends) - begin;
                    return new Result(events, events, (seen - t0) / 1e9, true);
                }
                continue;
            }
            if (seen > nextProgress) {
                out.printf("    %5.0f s: %,d of %,d figure events consumed (%,.0f/s), lag %,d%n", (seen - t0) / 1e9,
                        consumed, Offsets.sum(ends) - begin, consumed / ((seen - t0) / 1e9), lag);
                nextProgress = seen + Duration.ofSeconds(10).toNanos();
            }
            Stack.sleep(100);
        }
        long events = Offsets.sum(offsets.ends(Topics.FIGURES)) - begin;
        return new Result(events, consumed, (System.nanoTime() - t0) / 1e9, false);
    }
}
