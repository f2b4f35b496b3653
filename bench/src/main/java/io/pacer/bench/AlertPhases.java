package io.pacer.bench;

import java.io.PrintStream;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import org.apache.kafka.common.TopicPartition;

import io.pacer.events.Topics;

/** The bench's alert-service phases: (b2) its catch-up on what (b) wrote, and (d) 202 -> pacer.alerts. */
final class AlertPhases {

    /**
     * alert-service's JVM options in the bench: the MISSING_REPORT sweep (hourly, first 2 min after start) goes over
     * every unit and indicator, which is not figure work; it is put off past the run so it does not fall into (b2).
     */
    private static final List<String> ALERT_JVM = List.of("-Dpacer.alert.missing-report.initial-delay=1d");

    private final Stack stack;
    private final Http http;
    private final BenchOptions options;
    private final Report report;
    private final PrintStream out;

    AlertPhases(Stack stack, Http http, BenchOptions options, Report report, PrintStream out) {
        this.stack = stack;
        this.http = http;
        this.options = options;
        this.report = report;
        this.out = out;
    }

    /**
     * (b2): the targets (every town × indicator × year of the ledger and the current year, {@link Targets}) are
     * written onto pacer.targets, then alert-service starts: it restores them before its figures consumer starts,
     * and the catch-up is timed from that consumer's start ({@link AlertCatchUp}). alert-service keeps its own
     * position per partition (in MongoDB), so a fresh one reads pacer.figures from the start, and the generated
     * ledger too (MISSING_REPORT's reported months, in memory): that work is in the phase's CPU line. Several
     * instances start together in the same groups; t0 is the first of them to get partitions.
     */
    Instances catchUp(CityModel model, List<YearMonth> months, Offsets offsets, AggregatePhase.Outcome aggregate,
            int instances) {
        out.println("(b2) alert-service from the start of pacer.figures to caught up" + (instances > 1 ? ", "
                + instances + " instances" : ""));
        CatchUp.Result aggregateCatchUp = aggregate.result();
        if (!aggregateCatchUp.complete()) {
            report.add("alert-service catch-up: skipped: the aggregate did not catch up, so pacer.figures was still "
                    + "growing; (d) is skipped too");
            return null;
        }
        SortedSet<Integer> years = new TreeSet<>();
        months.forEach(m -> years.add(m.getYear()));
        years.add(YearMonth.now(LedgerGenerator.ZONE).getYear());
        List<Targets.Target> targets = Targets.plan(model, years);
        Targets.publish(stack.kafkaBootstrap(), targets, out);
        Map<TopicPartition, Long> starts = offsets.starts(Topics.FIGURES);
        long alertsBefore = Offsets.sum(offsets.ends(Topics.ALERTS));
        long launched = System.nanoTime();
        Instances alert = stack.startInstances("alert", instances, ALERT_JVM);
        AlertCatchUp catchUp = new AlertCatchUp(offsets, out);
        long t0;
        Map<String, Long> cpuAtT0;
        AlertCatchUp.Result r;
        Map<String, Long> cpuAtT1;
        String ready;
        try (ReadyWatch watch = new ReadyWatch(alert, http)) {
            t0 = catchUp.start(alert, starts);
            out.printf("  t0 %.1f s after launch%n", (t0 - launched) / 1e9);
            cpuAtT0 = stack.cpuMillis();
            r = catchUp.await(t0, starts, Duration.ofSeconds(options.alertCatchUpTimeoutSeconds()));
            cpuAtT1 = stack.cpuMillis();
            ready = watch.since(t0);
        }
        long transitions = Offsets.sum(offsets.ends(Topics.ALERTS)) - alertsBefore;
        AlertCatchUp.Rates rates = r.rates(aggregate.figureEvents(), aggregateCatchUp.seconds());
        if (r.complete()) {
            report.add(String.format("alert-service catch-up: %,d figure events in %.1f s = %,.0f events/s; the "
                    + "aggregate published them at %,.0f events/s; ratio %.3f (goal >= 1; t0 = its figures consumer "
                    + "has its partitions, t1 = group alert-service's lag on pacer.figures 0; %,d targets: every "
                    + "town x indicator x year %s; %,d alert transitions published)", r.events(), r.seconds(),
                    rates.r(), rates.a(), rates.x(), targets.size(), years, transitions));
        } else {
            report.add(String.format("alert-service catch-up: NOT caught up after %.0f s (--alert-catch-up-timeout): "
                    + "%,d of %,d figure events consumed = %,.0f events/s (partial); the aggregate published them at "
                    + "%,.0f events/s; ratio %.3f from the partial rate (%,d targets; %,d alert transitions "
                    + "published)", r.seconds(), r.consumed(), r.events(), rates.r(), rates.a(), rates.x(),
                    targets.size(), transitions));
        }
        report.add(String.format("alert-service from launch to %s: %.1f s (JVM and Spring start-up %.1f s)",
                r.complete() ? "caught up" : "the timeout", (System.nanoTime() - launched) / 1e9,
                (t0 - launched) / 1e9));
        if (instances > 1) {
            report.add("  instances: " + ready);
        }
        report.add(String.format("CPU used during the alert catch-up (%.1f s x %d cores available): %s", r.seconds(),
                Runtime.getRuntime().availableProcessors(), CpuUsage.between(cpuAtT0, cpuAtT1)));
        if (!r.complete()) {
            report.add("  alert-service goes on with the rest of the backlog during (c) and (d): their numbers include "
                    + "it");
        }
        return alert;
    }

    /** (d): right after (c), at the same rate ({@link AlertLatencyRun} says why it is a phase of its own). */
    void latency(CityModel model, List<String> tokens, Offsets offsets, Service ingest) {
        out.println("(d) latency from 202 to pacer.alerts");
        Map<String, Long> cpuBefore = stack.cpuMillis();
        long started = System.nanoTime();
        AlertLatencyRun.Result r = new AlertLatencyRun(model, options, http, out).run(ingest.url(),
                stack.kafkaBootstrap(), tokens, YearMonth.now(LedgerGenerator.ZONE), limit -> pending(offsets, limit));
        Map<String, Long> cpuAfter = stack.cpuMillis();
        double phaseSeconds = (System.nanoTime() - started) / 1e9;
        AlertMatcher.Outcome o = r.outcome();
        Percentiles p = new Percentiles(o.latenciesMillis());
        report.add(String.format("latency 202 -> pacer.alerts at %,d figures/s: p50 %.0f ms, p90 %.0f ms, p99 %.0f ms, "
                + "n=%,d (max %.0f ms; phase (d) after (c): one pilot unit per town revises the current month, each "
                + "submission flipping one indicator's growth across its GROWTH_LAG target; %d s measured after "
                + "%d s warm-up, arrival at the tail consumer)", options.rate(), p.percentile(50), p.percentile(90),
                p.percentile(99), p.count(), p.max(), options.latencySeconds(), options.warmupSeconds()));
        report.add(String.format("  submissions expecting a transition: %,d, matched: %,d (%,d later than 10 s); "
                + "GROWTH_LAG transitions no submission explains: %,d; other rules' transitions: %,d; achieved send "
                + "rate %,.0f figures/s; %,d submissions acknowledged, %,d refused%s", o.expected(), o.matched(),
                o.late(), o.unexplained(), o.otherRules(), r.achievedFiguresPerSecond(), r.sentOk(), r.errors(),
                r.firstError() == null ? "" : " (first: " + r.firstError() + ")"));
        Percentiles f = new Percentiles(o.fromSendMillis());
        report.add(String.format("  from sending the request to pacer.alerts: p50 %.0f ms, p90 %.0f ms, p99 %.0f ms; "
                + "priming the pilots took %.1f s, with %,d records still unread (aggregate on the ledger, "
                + "alert-service on pacer.figures) when the phase began", f.percentile(50), f.percentile(90),
                f.percentile(99), r.primeSeconds(), r.lagAtStart()));
        report.add(String.format("  CPU used during (d) (%.0f s incl. priming, warm-up and drain): %s", phaseSeconds,
                CpuUsage.between(cpuBefore, cpuAfter)));
    }

    /**
     * Waits at most {@code limit} until the aggregate has read the ledger and alert-service pacer.figures to their
     * ends; returns what is still unread of both then. ingest writes the ledger in transactions, and a consumer does
     * not commit past the commit marker that ends a partition (it polls no record after it), so one offset a
     * partition of the ledger counts as read.
     */
    private long pending(Offsets offsets, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            Map<TopicPartition, Long> committed = offsets.committed(CatchUp.GROUP, Topics.SUBMISSIONS);
            long unread = 0;
            for (Map.Entry<TopicPartition, Long> end : offsets.ends(Topics.SUBMISSIONS).entrySet()) {
                unread += Math.max(0, end.getValue() - committed.getOrDefault(end.getKey(), 0L) - 1);
            }
            unread += Offsets.lag(offsets.ends(Topics.FIGURES), offsets.committed(AlertCatchUp.GROUP, Topics.FIGURES));
            if (unread == 0 || System.nanoTime() >= deadline) {
                return unread;
            }
            Stack.sleep(250);
        }
    }
}
