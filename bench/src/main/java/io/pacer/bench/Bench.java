package io.pacer.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

import io.pacer.events.Topics;
import io.pacer.localstack.MongoWireServer;

/**
 * {@code java -jar bench.jar [options]} ({@code ./pacer bench}): starts a fresh stack of its own, registers a city,
 * writes a generated ledger straight onto Kafka, then measures (a) a raw Kafka consumer on the ledger,
 * (b) aggregate-service from empty to caught up, (b2) alert-service from the start of the pacer.figures that (b)
 * wrote to caught up, with a target on every town and indicator, (c) the latency from a submission's 202 to its town
 * figure on {@code pacer.figures} under a steady load, and (d) at the same rate the latency from a 202 to the alert
 * transition it causes on {@code pacer.alerts} ({@code --skip-alerts} leaves out (b2) and (d)). Exit codes: 0 done
 * (goals met or not), 1 a phase failed, 2 bad usage.
 */
public final class Bench {

    static final String INTERNAL_MONGO = "--internal-mongo-memory";

    private final BenchOptions options;
    private final Path root;
    private final Path runDir;
    private final PrintStream out = System.out;
    private final Report report = new Report(out);
    private final Http http = new Http();
    private final Stack stack;
    private final AlertPhases alerts;
    /** (b)'s outcome and the events it left on pacer.figures, for (b2)'s comparison. */
    private CatchUp.Result aggregateCatchUp;
    private long aggregateFigureEvents;


    private Bench(BenchOptions options, Path root, Path runDir) {
        this.options = options;
        this.root = root;
        this.runDir = runDir;
        this.stack = new Stack(root, runDir, options, out);
        this.alerts = new AlertPhases(stack, http, options, report, out);
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 3 && args[0].equals(INTERNAL_MONGO)) {
            memoryMongo(Integer.parseInt(args[1]), Path.of(args[2]));
            return;
        }
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            if (e.getMessage().isEmpty()) {
                System.out.print(BenchOptions.USAGE);
                System.exit(0);
            }
            System.err.println("bench: " + e.getMessage());
            System.err.print(BenchOptions.USAGE);
            System.exit(2);
            return;
        }
        Path root = options.root() != null ? options.root() : findRoot();
        Path runDir = Files.createTempDirectory("pacer-bench-");
        Bench bench = new Bench(options, root, runDir);
        Thread cleanup = new Thread(bench::cleanUp, "bench-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
        int status = 0;
        try {
            bench.run();
        } catch (BenchException e) {
            System.err.println("bench: " + e.getMessage());
            status = 1;
        } catch (RuntimeException e) {
            System.err.println("bench: failed: " + e);
            e.printStackTrace();
            status = 1;
        } finally {
            bench.report.write(root.resolve("bench/target/bench-report.txt"));
        }
        System.exit(status);
    }

    private void run() {
        CityModel model = CityModel.of(options);
        Instant now = Instant.now();
        List<YearMonth> months = LedgerGenerator.monthsEndingLastMonth(options.months(), now);
        report.add(String.format("Pacer bench %s: %,d figures = %,d entities x %d indicators x %d months (%s .. %s), "
                + "%d towns in %d districts, %.1f %% revisions; %d partitions, mongo %s, services -Xmx%s, %d cores",
                now, options.figures(), options.entities(), options.indicators(), options.months(), months.get(0),
                months.get(months.size() - 1), options.towns(), options.districts(), 100 * options.revisions(),
                options.partitions(), options.mongo(), options.heap(), Runtime.getRuntime().availableProcessors()));
        out.println("Stack in " + runDir + (options.keep() ? " (kept)" : " (removed at the end; --keep keeps it)"));
        stack.startServers();

        out.println("Registers through ingest-service (POST /api/v1/reference, POST /api/v1/tokens)");
        Stack.Service ingest = stack.startService("ingest", List.of());
        stack.awaitReady(ingest, http, Duration.ofMinutes(5), 200);
        Profiler registration = options.profile() ? new Profiler(runDir) : null;
        if (registration != null) {
            registration.start(ingest.process().pid());
        }
        long registering = System.nanoTime();
        Registers.load(http, ingest.url(), stack.adminToken, model, out);
        report.add(String.format("registers through ingest-service: %,d entities in %.1f s", model.entities().size(),
                (System.nanoTime() - registering) / 1e9));
        if (registration != null) {
            report.addAll(registration.summary("ingest-service", "registration",
                    registration.dump("ingest-registration", ingest.process().pid()), 10, "io.pacer."));
        }
        List<String> tokens = options.skipLatency() ? List.of() : Registers.reporterTokens(http, ingest.url(),
                stack.adminToken, LatencyRun.entityGroups(model, options.senders()));
        // ingest would otherwise project the whole ledger into its history while (a) and (b) are measured
        stack.stop(ingest);

        out.println("Ledger straight onto " + Topics.SUBMISSIONS);
        LedgerGenerator generator = new LedgerGenerator(model, months, options.revisions(), options.seed(), now);
        LedgerWriter.Written ledger = LedgerWriter.write(stack.kafkaBootstrap(), generator, out);

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

        try (Offsets offsets = new Offsets(stack.kafkaBootstrap())) {
            Stack.Service aggregate = catchUp(model, ledger.summary(), raw, offsets);
            Stack.Service alert = options.skipAlerts() ? null : alerts.catchUp(model, months, offsets, aggregateCatchUp,
                    aggregateFigureEvents);
            if (!options.skipLatency()) {
                latency(model, months, tokens, offsets, aggregate, alert);
            }
            if (alert != null) {
                stack.stop(alert);
            }
            stack.stop(aggregate);
            report.add("jars measured (module, built): " + stack.jarTimes());
        }
    }

    private Stack.Service catchUp(CityModel model, LedgerGenerator.Summary ledger, RawConsumer.Result raw,
            Offsets offsets) {
        out.println("(b) aggregate-service from empty to caught up");
        long launched = System.nanoTime();
        Stack.Service aggregate = stack.startService("aggregate", List.of());
        long t0 = CatchUp.start(stack, aggregate, http, offsets, out);
        long appliedAtT0 = Offsets.sum(offsets.committed(CatchUp.GROUP, Topics.SUBMISSIONS));
        out.printf("  t0 %.1f s after launch, %,d ledger records committed by then%n", (t0 - launched) / 1e9,
                appliedAtT0);
        Map<String, Long> cpuAtT0 = stack.cpuMillis();
        Profiler profiler = options.profile() ? new Profiler(runDir) : null;
        if (profiler != null) {
            profiler.start(aggregate.process().pid());
            stack.mongoProcess().ifPresent(m -> profiler.start(m.pid()));
        }
        RankingCheck check = new RankingCheck(http, aggregate.url(), stack.adminToken, model, ledger);
        CatchUp.Result r = new CatchUp(offsets, check, out).await(t0, appliedAtT0, ledger.records(),
                Duration.ofSeconds(options.catchUpTimeoutSeconds()));
        Map<String, Long> cpuAtT1 = stack.cpuMillis();
        aggregateCatchUp = r;
        aggregateFigureEvents = Offsets.sum(offsets.ends(Topics.FIGURES)) - Offsets.sum(offsets.starts(Topics.FIGURES));
        if (r.complete()) {
            report.add(String.format("aggregate-service catch-up: %,d records in %.1f s = %,.0f records/s "
                    + "(t0 = consumers start, %,d applied by then; t1 = lag 0 and %d rankings + city figures right, "
                    + "the check took %.2f s more)",
                    r.ledgerRecords(), r.seconds(), r.recordsPerSecond(), r.appliedAtT0(), check.requestsPerCheck(),
                    r.checkSeconds()));
        } else {
            report.add(String.format("aggregate-service catch-up: NOT caught up after %.0f s (--catch-up-timeout): "
                    + "%,d of %,d ledger records applied = %,.0f records/s (partial); last check: %s", r.seconds(),
                    r.applied(), r.ledgerRecords(), r.recordsPerSecond(), r.lastProblem()));
        }
        report.add(String.format("ratio: %.3f (goal >= 0.25)%s", r.recordsPerSecond() / raw.recordsPerSecond(),
                r.complete() ? "" : " from the partial rate"));
        report.add(String.format("aggregate-service from launch to caught up: %.1f s (JVM and Spring start-up %.1f s)",
                (System.nanoTime() - launched) / 1e9, (t0 - launched) / 1e9));
        report.add(String.format("CPU used during the catch-up (%.1f s x %d cores available): %s", r.seconds(),
                Runtime.getRuntime().availableProcessors(), Stack.cpuBetween(cpuAtT0, cpuAtT1)));
        Http.Answer prometheus = http.getText(aggregate.url() + "/actuator/prometheus");
        report.addAll(Metrics.batchTimer(prometheus.ok() ? prometheus.body() : ""));
        if (profiler != null) {
            report.addAll(profiler.summary("aggregate-service", "the catch-up",
                    profiler.dump("aggregate", aggregate.process().pid()), 15, "io.pacer."));
            stack.mongoProcess().ifPresent(m -> report.addAll(profiler.summary("the MongoDB-wire server",
                    "the catch-up", profiler.dump("mongo", m.pid()), 10, "de.bwaldvogel.")));
        }
        return aggregate;
    }


    private void latency(CityModel model, List<YearMonth> months, List<String> tokens, Offsets offsets,
            Stack.Service aggregate, Stack.Service alert) {
        out.println("(c) latency from 202 to pacer.figures");
        // The restarted ingest skips the ledger it didn't write (its history projection is not what is measured).
        offsets.skipToEnd("ingest-history", Topics.SUBMISSIONS);
        Stack.Service ingest = stack.startService("ingest", List.of());
        stack.awaitReady(ingest, http, Duration.ofMinutes(5), 200);
        awaitRegisters(offsets);
        awaitTokens(ingest, model, tokens);
        Profiler profiler = options.profile() ? new Profiler(runDir) : null;
        if (profiler != null) {
            profiler.start(ingest.process().pid());
            profiler.start(aggregate.process().pid());
            profiler.start(stack.kafkaProcess().pid());
            stack.mongoProcess().ifPresent(m -> profiler.start(m.pid()));
        }
        YearMonth current = YearMonth.now(LedgerGenerator.ZONE);
        String aggregateMeters = prometheus(aggregate);
        String ingestMeters = prometheus(ingest);
        Map<String, Long> cpuBefore = stack.cpuMillis();
        long started = System.nanoTime();
        LatencyRun.Result r = new LatencyRun(model, options, http, out).run(ingest.url(), stack.kafkaBootstrap(),
                tokens, current, months.get(0));
        Map<String, Long> cpuAfter = stack.cpuMillis();
        List<String> meters = Metrics.phase(aggregateMeters, prometheus(aggregate), ingestMeters, prometheus(ingest));
        double phaseSeconds = (System.nanoTime() - started) / 1e9;
        Path ingestProfile = profiler == null ? null : profiler.dump("ingest-latency", ingest.process().pid());
        Path aggregateProfile = profiler == null ? null
                : profiler.dump("aggregate-latency", aggregate.process().pid());
        Path kafkaProfile = profiler == null ? null : profiler.dump("kafka-latency", stack.kafkaProcess().pid());
        Path mongoProfile = profiler == null ? null : stack.mongoProcess()
                .map(m -> profiler.dump("mongo-latency", m.pid())).orElse(null);
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
                Stack.cpuBetween(cpuBefore, cpuAfter)));
        meters.forEach(line -> report.add("  " + line));
        if (ingestProfile != null) {
            report.addAll(profiler.summary("ingest-service", "the latency phase", ingestProfile, 15, "io.pacer."));
            report.addAll(profiler.summary("aggregate-service", "the latency phase", aggregateProfile, 15,
                    "io.pacer."));
            report.addAll(profiler.summary("the Kafka broker", "the latency phase", kafkaProfile, 15, "kafka."));
            if (mongoProfile != null) {
                report.addAll(profiler.summary("the MongoDB-wire server", "the latency phase", mongoProfile, 10,
                        "de.bwaldvogel."));
            }
        }
        if (alert != null) {
            alerts.latency(model, tokens, offsets, ingest);
        }
        stack.stop(ingest);
    }

    private String prometheus(Stack.Service service) {
        Http.Answer page = http.getText(service.url() + "/actuator/prometheus");
        return page.ok() ? page.body() : "";
    }

    /**
     * A restarted ingest re-reads pacer.reference from the beginning (a group of its own per start) and applies every
     * register again: "caught up" includes that, or the latency phase would measure it.
     */
    private void awaitRegisters(Offsets offsets) {
        long started = System.nanoTime();
        long deadline = started + Duration.ofMinutes(15).toNanos();
        while (true) {
            List<String> groups = offsets.activeGroups("ingest-reference-");
            long lag = 0;
            for (String group : groups) {
                lag += Offsets.lag(offsets.ends(Topics.REFERENCE), offsets.committed(group, Topics.REFERENCE));
            }
            if (!groups.isEmpty() && lag == 0) {
                out.printf("  ingest-service re-read pacer.reference in %.1f s after readiness%n",
                        (System.nanoTime() - started) / 1e9);
                return;
            }
            if (System.nanoTime() > deadline) {
                out.println("  ingest-service still re-reading pacer.reference after 15 min (lag " + lag + "): going on");
                return;
            }
            Stack.sleep(500);
        }
    }

    /** A freshly started ingest reads its tokens back from pacer.reference: wait until it knows the reporters'. */
    private void awaitTokens(Stack.Service ingest, CityModel model, List<String> tokens) {
        List<List<String>> groups = LatencyRun.entityGroups(model, tokens.size());
        for (int s = 0; s < tokens.size(); s++) {
            if (groups.get(s).isEmpty()) {
                continue;
            }
            String url = ingest.url() + "/api/v1/submissions?entityId=" + groups.get(s).get(0);
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (http.get(url, tokens.get(s)).status() != 200) {
                if (System.nanoTime() > deadline) {
                    throw new BenchException("ingest-service does not accept the reporter tokens: " + url);
                }
                Stack.sleep(500);
            }
        }
    }

    private synchronized void cleanUp() {
        stack.close();
        if (!options.keep()) {
            try (Stream<Path> files = Files.walk(runDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (IOException e) {
                System.err.println("bench: could not remove " + runDir + ": " + e);
            }
        }
    }

    /** The checkout: the first of the working directory and its parents that has local-stack and the services. */
    private static Path findRoot() {
        List<Path> tried = new ArrayList<>();
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("local-stack")) && Files.isDirectory(dir.resolve("aggregate-service"))) {
                return dir;
            }
            tried.add(dir);
        }
        throw new IllegalArgumentException("run from the Pacer checkout or give --root (looked in " + tried + ")");
    }

    private static void memoryMongo(int port, Path readyFile) throws IOException {
        MongoWireServer server = MongoWireServer.inMemory().start(port);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "mongo-shutdown"));
        Files.writeString(readyFile, server.uri());
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
