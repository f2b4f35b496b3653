package io.pacer.bench;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;

import io.pacer.events.Topics;
import org.apache.kafka.common.TopicPartition;

/**
 * Phase (b): aggregate-service from empty to caught up. t0 is when its readiness first answers 200: its ledger
 * and totals consumers are started by ReferenceCatchUp at the moment the registers are loaded, and that same
 * moment flips the {@code registers} health to UP, so readiness is the honest start of the ledger work (polled
 * every 50 ms; the committed ledger offsets at t0 are reported too). t1 is the end of the first
 * {@link RankingCheck} that passes after the group {@code aggregate-service} has no lag on pacer.submissions and
 * pacer.region-totals. The rate is ledger records / (t1 − t0).
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

    Result await(long t0, long ledgerRecords, Duration timeout) {
        Map<TopicPartition, Long> ledgerEnds = offsets.ends(Topics.SUBMISSIONS);
        long appliedAtT0 = Offsets.sum(offsets.committed(GROUP, Topics.SUBMISSIONS));
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
                long checkStarted = System.nanoTime();
                problem = check.problem();
                long t1 = System.nanoTime();
                if (problem == null) {
                    return new Result(ledgerRecords, appliedAtT0, ledgerRecords, (t1 - t0) / 1e9, true, null,
                            (t1 - checkStarted) / 1e9);
                }
                nextUnconditionalCheck = t1 + Duration.ofSeconds(2).toNanos();
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
