package io.pacer.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import io.pacer.events.Topics;

/**
 * One run of the bench on a fresh stack of its own, with {@code instances} aggregate-service and alert-service
 * processes: the registers through ingest-service, the generated ledger straight onto Kafka, (a) the raw consumer,
 * then (b), (b2), (c) and (d).
 */
final class BenchRun implements AutoCloseable {

    private final BenchOptions options;
    private final int instances;
    private final Path runDir;
    private final PrintStream out;
    private final Report report;
    private final Http http = new Http();
    private final Stack stack;

    BenchRun(BenchOptions options, int instances, Path root, Path runDir, Report report, PrintStream out) {
        this.options = options;
        this.instances = instances;
        this.runDir = runDir;
        this.out = out;
        this.report = report;
        this.stack = new Stack(root, runDir, options, out);
    }

    void run() {
        CityModel model = CityModel.of(options);
        Instant now = Instant.now();
        List<YearMonth> months = LedgerGenerator.monthsEndingLastMonth(options.months(), now);
        report.add(String.format("Pacer bench %s: %,d figures = %,d entities x %d indicators x %d months (%s .. %s), "
                + "%d towns in %d districts, %.1f %% revisions; %d partitions, mongo %s, services -Xmx%s, %d cores; "
                + "instances: %d aggregate-service, %d alert-service", now, options.figures(), options.entities(),
                options.indicators(), options.months(), months.get(0), months.get(months.size() - 1), options.towns(),
                options.districts(), 100 * options.revisions(), options.partitions(), options.mongo(), options.heap(),
                Runtime.getRuntime().availableProcessors(), instances, options.skipAlerts() ? 0 : instances));
        out.println("Stack in " + runDir + (options.keep() ? " (kept)" : " (removed at the end; --keep keeps it)"));
        stack.startServers();

        List<String> tokens = register(model);

        out.println("Ledger straight onto " + Topics.SUBMISSIONS);
        LedgerGenerator generator = new LedgerGenerator(model, months, options.revisions(), options.seed(), now);
        LedgerWriter.Written ledger = LedgerWriter.write(stack.kafkaBootstrap(), generator, out);
        RawConsumer.Result raw = raw();

        AlertPhases alerts = new AlertPhases(stack, http, options, report, out);
        try (Offsets offsets = new Offsets(stack.kafkaBootstrap())) {
            AggregatePhase.Outcome b = new AggregatePhase(stack, http, options, report, out, runDir)
                    .catchUp(model, ledger.summary(), raw, offsets, instances);
            Instances alert = options.skipAlerts() ? null : alerts.catchUp(model, months, offsets, b, instances);
            if (!options.skipLatency()) {
                new LatencyPhase(stack, http, options, report, out, runDir, alerts)
                        .run(model, months, tokens, offsets, b.aggregate(), alert);
            }
            if (alert != null) {
                stack.stop(alert);
            }
            stack.stop(b.aggregate());
            report.add("jars measured (module, built): " + stack.jarTimes());
        }
    }

    /** The registers and the reporters' tokens through ingest-service, which is stopped afterwards. */
    private List<String> register(CityModel model) {
        out.println("Registers through ingest-service (POST /api/v1/reference, POST /api/v1/tokens)");
        Service ingest = stack.startService("ingest", List.of());
        stack.awaitReady(ingest, http, Duration.ofMinutes(5), 200);
        Profiler profiler = options.profile() ? new Profiler(runDir) : null;
        if (profiler != null) {
            profiler.start(ingest.process().pid());
        }
        Map<String, Long> cpuBefore = stack.cpuMillis();
        long registering = System.nanoTime();
        Registers.load(http, ingest.url(), stack.adminToken, model, out);
        double seconds = (System.nanoTime() - registering) / 1e9;
        report.add(String.format("registers through ingest-service: %,d entities in %.1f s", model.entities().size(),
                seconds));
        report.add(String.format("  CPU used during the registration (%.1f s): %s", seconds,
                CpuUsage.between(cpuBefore, stack.cpuMillis())));
        if (profiler != null) {
            report.addAll(profiler.summary("ingest-service", "registration",
                    profiler.dump("ingest-registration", ingest.process().pid()), 10, "io.pacer."));
        }
        List<String> tokens = options.skipLatency() ? List.of() : Registers.reporterTokens(http, ingest.url(),
                stack.adminToken, LatencyRun.entityGroups(model, options.senders()));
        // ingest would otherwise project the whole ledger into its history while (a) and (b) are measured
        stack.stop(ingest);
        return tokens;
    }

    /** (a): the best of {@code --raw-runs} passes of a plain consumer over the ledger. */
    private RawConsumer.Result raw() {
        out.println("(a) raw Kafka consumer");
        RawConsumer.Result raw = null;
        for (int run = 1; run <= options.rawRuns(); run++) {
            RawConsumer.Result r = RawConsumer.read(stack.kafkaBootstrap(), Topics.SUBMISSIONS);
            out.printf("  pass %d: %,d records in %.2f s = %,.0f records/s%n", run, r.records(), r.seconds(),
                    r.recordsPerSecond());
            if (raw == null || r.recordsPerSecond() > raw.recordsPerSecond()) {
                raw = r;
            }
        }
        report.add(String.format("raw kafka consumer: %,d records in %.2f s = %,.0f records/s (%,.0f MB/s), best of %d",
                raw.records(), raw.seconds(), raw.recordsPerSecond(), raw.megabytesPerSecond(), options.rawRuns()));
        return raw;
    }

    /** Stops every process of the run's stack. */
    @Override
    public void close() {
        stack.close();
    }
}
