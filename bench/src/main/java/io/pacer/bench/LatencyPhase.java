package io.pacer.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.pacer.events.Topics;

/**
 * Phase (c): ingest-service is started again (its history moved past the generated ledger) and {@link LatencyRun}
 * measures 202 -> pacer.figures against the running aggregate-service instances; then (d) if alert-service runs.
 * The services' own meters are added up over the aggregate's instances.
 */
final class LatencyPhase {

    private final Stack stack;
    private final Http http;
    private final BenchOptions options;
    private final Report report;
    private final PrintStream out;
    private final Path runDir;
    private final AlertPhases alerts;

    LatencyPhase(Stack stack, Http http, BenchOptions options, Report report, PrintStream out, Path runDir,
            AlertPhases alerts) {
        this.stack = stack;
        this.http = http;
        this.options = options;
        this.report = report;
        this.out = out;
        this.runDir = runDir;
        this.alerts = alerts;
    }

    void run(CityModel model, List<YearMonth> months, List<String> tokens, Offsets offsets, Instances aggregate,
            Instances alert) {
        out.println("(c) latency from 202 to pacer.figures");
        // The restarted ingest skips the ledger it didn't write (its history projection is not what is measured).
        offsets.skipToEnd("ingest-history", Topics.SUBMISSIONS);
        Service ingest = stack.startService("ingest", List.of());
        stack.awaitReady(ingest, http, Duration.ofMinutes(5), 200);
        IngestReadiness.awaitRegisters(offsets, out);
        IngestReadiness.awaitTokens(http, ingest, model, tokens);
        List<Service> profiled = new ArrayList<>(List.of(ingest));
        profiled.addAll(aggregate.members());
        Profiler profiler = options.profile() ? new Profiler(runDir) : null;
        if (profiler != null) {
            profiled.forEach(s -> profiler.start(s.process().pid()));
            profiler.start(stack.kafkaProcess().pid());
            stack.mongoProcess().ifPresent(m -> profiler.start(m.pid()));
        }
        String aggregateMeters = prometheus(aggregate);
        String ingestMeters = prometheus(ingest.url());
        Map<String, Long> cpuBefore = stack.cpuMillis();
        long started = System.nanoTime();
        LatencyRun.Result r = new LatencyRun(model, options, http, out).run(ingest.url(), stack.kafkaBootstrap(),
                tokens, YearMonth.now(LedgerGenerator.ZONE), months.get(0));
        Map<String, Long> cpuAfter = stack.cpuMillis();
        List<String> meters = Metrics.phase(aggregateMeters, prometheus(aggregate), ingestMeters,
                prometheus(ingest.url()));
        double phaseSeconds = (System.nanoTime() - started) / 1e9;
        List<String> profiles = new ArrayList<>();
        if (profiler != null) {
            for (Service s : profiled) {
                String what = s.label().equals(s.name()) ? s.name() + "-service" : s.label();
                profiles.addAll(profiler.summary(what, "the latency phase",
                        profiler.dump(s.label() + "-latency", s.process().pid()), 15, "io.pacer."));
            }
            profiles.addAll(profiler.summary("the Kafka broker", "the latency phase",
                    profiler.dump("kafka-latency", stack.kafkaProcess().pid()), 15, "kafka."));
            stack.mongoProcess().ifPresent(m -> profiles.addAll(profiler.summary("the MongoDB-wire server",
                    "the latency phase", profiler.dump("mongo-latency", m.pid()), 10, "de.bwaldvogel.")));
        }
        report(r, phaseSeconds, CpuUsage.between(cpuBefore, cpuAfter));
        meters.forEach(line -> report.add("  " + line));
        report.addAll(profiles);
        if (alert != null) {
            alerts.latency(model, tokens, offsets, ingest);
        }
        stack.stop(ingest);
    }

    private void report(LatencyRun.Result r, double phaseSeconds, String cpu) {
        Percentiles p = r.latencies();
        report.add(String.format("latency 202 -> pacer.figures at %,d figures/s: p50 %.0f ms, p90 %.0f ms, "
                + "p99 %.0f ms, max %.0f ms, min %.0f ms, n=%,d (goal p99 <= 250 ms; %d s measured after %d s warm-up, "
                + "arrival at the tail consumer)", options.rate(), p.percentile(50), p.percentile(90),
                p.percentile(99), p.max(), p.min(), p.count(), options.latencySeconds(), options.warmupSeconds()));
        report.add(String.format("  figures without an event within 10 s: %,d of %,d; achieved send rate %,.0f "
                + "figures/s; %,d submissions acknowledged, %,d refused%s; %,d pacer.figures events seen%s",
                r.missing(), r.expectedFigures(), r.achievedFiguresPerSecond(), r.sentOk(), r.errors(),
                r.firstError() == null ? "" : " (first: " + r.firstError() + ")", r.figureEvents(),
                r.capped() ? "; stopped early: every (entity, period) was used" : ""));
        Percentiles f = r.fromSend();
        report.add(String.format("  from sending the request to pacer.figures: p50 %.0f ms, p90 %.0f ms, p99 %.0f ms, "
                + "max %.0f ms (an event can arrive before the 202: ingest answers after its history write)",
                f.percentile(50), f.percentile(90), f.percentile(99), f.max()));
        Percentiles q = r.requests();
        report.add(String.format("  POST /api/v1/submissions round trip (to the 202): p50 %.0f ms, p90 %.0f ms, p99 %.0f ms, "
                + "max %.0f ms, n=%,d", q.percentile(50), q.percentile(90), q.percentile(99), q.max(), q.count()));
        report.add(String.format("  CPU used during the latency phase (%.0f s incl. warm-up and drain): %s", phaseSeconds,
                cpu));
    }

    /** The instances' Prometheus pages one after the other ({@link Metrics} adds them up). */
    private String prometheus(Instances instances) {
        StringBuilder pages = new StringBuilder();
        instances.urls().forEach(url -> pages.append(prometheus(url)).append('\n'));
        return pages.toString();
    }

    private String prometheus(String url) {
        Http.Answer page = http.getText(url + "/actuator/prometheus");
        return page.ok() ? page.body() : "";
    }
}
