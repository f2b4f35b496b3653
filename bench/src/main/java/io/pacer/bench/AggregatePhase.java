package io.pacer.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.pacer.events.Topics;

/**
 * Phase (b): the run's aggregate-service instances start together on the full ledger with an empty database and are
 * timed to caught up ({@link CatchUp}); the report gives the rate, its ratio to the raw consumer, the CPU each
 * process used from t0 to t1 and the aggregate's batch timer (added up over the instances).
 */
final class AggregatePhase {

    /** The running instances, (b)'s outcome and the events it left on pacer.figures, for (b2)'s comparison. */
    record Outcome(Instances aggregate, CatchUp.Result result, long figureEvents) {
    }

    private final Stack stack;
    private final Http http;
    private final BenchOptions options;
    private final Report report;
    private final PrintStream out;
    private final Path runDir;

    AggregatePhase(Stack stack, Http http, BenchOptions options, Report report, PrintStream out, Path runDir) {
        this.stack = stack;
        this.http = http;
        this.options = options;
        this.report = report;
        this.out = out;
        this.runDir = runDir;
    }

    Outcome catchUp(CityModel model, LedgerGenerator.Summary ledger, RawConsumer.Result raw, Offsets offsets,
            int instances) {
        out.println("(b) aggregate-service from empty to caught up" + (instances > 1 ? ", " + instances
                + " instances" : ""));
        long launched = System.nanoTime();
        Instances aggregate = stack.startInstances("aggregate", instances, List.of());
        try (ReadyWatch ready = new ReadyWatch(aggregate, http)) {
            long t0 = CatchUp.start(aggregate, http, offsets, out);
            long appliedAtT0 = Offsets.sum(offsets.committed(CatchUp.GROUP, Topics.SUBMISSIONS));
            out.printf("  t0 %.1f s after launch, %,d ledger records committed by then%n", (t0 - launched) / 1e9,
                    appliedAtT0);
            Map<String, Long> cpuAtT0 = stack.cpuMillis();
            Profiler profiler = options.profile() ? new Profiler(runDir) : null;
            if (profiler != null) {
                aggregate.members().forEach(s -> profiler.start(s.process().pid()));
                stack.mongoProcess().ifPresent(m -> profiler.start(m.pid()));
            }
            RankingCheck check = new RankingCheck(http, aggregate.urls(), stack.adminToken, model, ledger);
            CatchUp.Result r = new CatchUp(offsets, check, out).await(t0, appliedAtT0, ledger.records(),
                    Duration.ofSeconds(options.catchUpTimeoutSeconds()));
            Map<String, Long> cpuAtT1 = stack.cpuMillis();
            long figureEvents = Offsets.sum(offsets.ends(Topics.FIGURES)) - Offsets.sum(offsets.starts(Topics.FIGURES));
            report(r, raw, check, launched, t0, instances);
            if (instances > 1) {
                report.add("  instances: " + ready.since(t0));
            }
            report.add(String.format("CPU used during the catch-up (%.1f s x %d cores available): %s", r.seconds(),
                    Runtime.getRuntime().availableProcessors(), CpuUsage.between(cpuAtT0, cpuAtT1)));
            StringBuilder pages = new StringBuilder();
            aggregate.urls().forEach(url -> pages.append(prometheus(url)).append('\n'));
            report.addAll(Metrics.batchTimer(pages.toString()));
            if (profiler != null) {
                for (Service s : aggregate.members()) {
                    report.addAll(profiler.summary(s.label().equals(s.name()) ? "aggregate-service" : s.label(),
                            "the catch-up", profiler.dump(s.label(), s.process().pid()), 15, "io.pacer."));
                }
                stack.mongoProcess().ifPresent(m -> report.addAll(profiler.summary("the MongoDB-wire server",
                        "the catch-up", profiler.dump("mongo", m.pid()), 10, "de.bwaldvogel.")));
            }
            return new Outcome(aggregate, r, figureEvents);
        }
    }

    private void report(CatchUp.Result r, RawConsumer.Result raw, RankingCheck check, long launched, long t0,
            int instances) {
        String through = instances > 1 ? " through each of the " + instances + " instances" : "";
        if (r.complete()) {
            report.add(String.format("aggregate-service catch-up: %,d records in %.1f s = %,.0f records/s "
                    + "(t0 = consumers start, %,d applied by then; t1 = lag 0 and %d rankings + city figures right%s, "
                    + "the check took %.2f s more)",
                    r.ledgerRecords(), r.seconds(), r.recordsPerSecond(), r.appliedAtT0(), check.requestsPerCheck(),
                    through, r.checkSeconds()));
        } else {
            report.add(String.format("aggregate-service catch-up: NOT caught up after %.0f s (--catch-up-timeout): "
                    + "%,d of %,d ledger records applied = %,.0f records/s (partial); last check: %s", r.seconds(),
                    r.applied(), r.ledgerRecords(), r.recordsPerSecond(), r.lastProblem()));
        }
        report.add(String.format("ratio: %.3f (goal >= 0.25)%s", r.recordsPerSecond() / raw.recordsPerSecond(),
                r.complete() ? "" : " from the partial rate"));
        report.add(String.format("aggregate-service from launch to caught up: %.1f s (JVM and Spring start-up %.1f s)",
                (System.nanoTime() - launched) / 1e9, (t0 - launched) / 1e9));
    }

    private String prometheus(String url) {
        Http.Answer page = http.getText(url + "/actuator/prometheus");
        return page.ok() ? page.body() : "";
    }
}
