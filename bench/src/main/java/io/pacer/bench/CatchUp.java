package io.pacer.bench;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;

import io.pacer.events.Topics;
import org.apache.kafka.common.TopicPartition;

/**
 * Phase (b): aggregate-service from empty to caught up. t0 is when its ledger work starts: ReferenceCatchUp
 * starts the ledger and totals consumers when the registers are loaded, and that same moment flips the
 * {@code registers} health to UP; so t0 is the first of readiness answering 200 and the consumer group having
 * members (polled every 50 ms; the records already committed at t0 are reported). t1 is the start of the first
 * {@link RankingCheck} that passes, run once the group {@code aggregate-service} has no lag on pacer.submissions
 * and pacer.region-totals (the check's reads all began after t1, so the state they saw existed by then). The rate
 * is ledger records / (t1 − t0). With several instances in the group, the lag is the group's: caught up means all
 * of them together have applied the whole ledger, and the check asks every instance.
 */
final class CatchUp {

    static final String GROUP = "aggregate-service";

    record Result(long ledgerRecords, long appliedAtT0, long applied, double seconds, boolean complete,
            String lastProblem, double checkSeconds) {

        double recordsPerSecond() {
            return (complete ? ledgerRecords : applied) / seconds;
        }
    }

    private final Offsets offsets;
    private final RankingCheck check;
    private final PrintStream out;

    CatchUp(Offsets offsets, RankingCheck check, PrintStream out) {
        this.offsets = offsets;
        this.check = check;
        this.out = out;
    }

    /**
     * Polls readiness and the consumer group every 50 ms from launch; t0 is the first of: readiness 200 on any
     * instance, the group {@code aggregate-service} having members (a ledger consumer joined).
     */
    static long start(Instances aggregate, Http http, Offsets offsets, PrintStream out) {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (true) {
            for (Service s : aggregate.members()) {
                if (http.ready(s.url())) {
                    out.println("  t0: readiness answered 200" + (aggregate.count() > 1 ? " (" + s.label() + ")" : ""));
                    return System.nanoTime();
                }
            }
            if (offsets.hasMembers(GROUP)) {
                out.println("  t0: the ledger consumer joined its group (before readiness)");
                return System.nanoTime();
            }
            java.util.Optional<Service> stopped = aggregate.stopped();
            if (stopped.isPresent() || System.nanoTime() > deadline) {
                throw new BenchException("aggregate-service did not start: see "
                        + stopped.orElse(aggregate.first()).log());
            }
            Stack.sleep(50);
        }
    }

    Result await(long t0, long appliedAtT0, long ledgerRecords, Duration timeout) {
        Map<TopicPartition, Long> ledgerEnds = offsets.ends(Topics.SUBMISSIONS);
        long deadline = t0 + timeout.toNanos();
        long nextProgress = t0 + Duration.ofSeconds(10).toNanos();
        long nextUnconditionalCheck = t0 + Duration.ofSeconds(30).toNanos();
        String problem = "not checked yet";
        long applied = appliedAtT0;
        while (System.nanoTime() < deadline) {
            Map<TopicPartition, Long> committed = offsets.committed(GROUP, Topics.SUBMISSIONS);
            applied = Offsets.sum(committed);
            long ledgerLag = Offsets.lag(ledgerEnds, committed);
            long totalsLag = Offsets.lag(offsets.ends(Topics.REGION_TOTALS),
                    offsets.committed(GROUP, Topics.REGION_TOTALS));
            long now = System.nanoTime();
            // Without committed offsets (a service that keeps positions elsewhere) the check alone decides.
            boolean lagless = ledgerLag == 0 && totalsLag == 0;
            if (lagless || committed.isEmpty() && now > nextUnconditionalCheck) {
                long t1 = System.nanoTime();
                problem = check.problem();
                long checked = System.nanoTime();
                if (problem == null) {
                    return new Result(ledgerRecords, appliedAtT0, ledgerRecords, (t1 - t0) / 1e9, true, null,
                            (checked - t1) / 1e9);
                }
                nextUnconditionalCheck = checked + Duration.ofSeconds(2).toNanos();
            }
            if (now > nextProgress) {
                out.printf("    %5.0f s: %,d of %,d ledger records applied (%,.0f/s), lag %,d + totals %,d%s%n",
                        (now - t0) / 1e9, applied, ledgerRecords, (applied - appliedAtT0) / ((now - t0) / 1e9),
                        ledgerLag, totalsLag, lagless ? " (" + problem + ")" : "");
                nextProgress = now + Duration.ofSeconds(10).toNanos();
            }
            Stack.sleep(lagless ? 250 : 100);
        }
        return new Result(ledgerRecords, appliedAtT0, applied, (System.nanoTime() - t0) / 1e9, false, problem, 0);
    }
}
