package io.pacer.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

import io.pacer.localstack.MongoWireServer;

/**
 * {@code java -jar bench.jar [options]} ({@code ./pacer bench}): for each instance count of {@code --instances}
 * (default 1), starts a fresh stack of its own, registers a city, writes a generated ledger straight onto Kafka,
 * then measures (a) a raw Kafka consumer on the ledger, (b) aggregate-service from empty to caught up, (b2)
 * alert-service from the start of the pacer.figures that (b) wrote to caught up, with a target on every town and
 * indicator, (c) the latency from a submission's 202 to its town figure on {@code pacer.figures} under a steady
 * load, and (d) at the same rate the latency from a 202 to the alert transition it causes on {@code pacer.alerts}
 * ({@code --skip-alerts} leaves out (b2) and (d)); aggregate-service and alert-service run as that many processes
 * in their consumer groups ({@link BenchRun}). Exit codes: 0 done (goals met or not), 1 a phase failed, 2 bad
 * usage.
 */
public final class Bench {

    static final String INTERNAL_MONGO = "--internal-mongo-memory";

    private final BenchOptions options;
    private final Path root;
    private final Path runDir;
    private final PrintStream out = System.out;
    private final Report report = new Report(out);
    private BenchRun current;

    private Bench(BenchOptions options, Path root, Path runDir) {
        this.options = options;
        this.root = root;
        this.runDir = runDir;
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

    /** One run per instance count, one after the other, each on a stack of its own (stopped before the next). */
    private void run() {
        for (int instances : options.instances()) {
            Path dir = options.instances().size() == 1 ? runDir : runDir.resolve("instances-" + instances);
            if (options.instances().size() > 1) {
                out.println();
                out.println("==== " + instances + (instances == 1 ? " instance" : " instances")
                        + " of aggregate-service and alert-service ====");
            }
            BenchRun run = new BenchRun(options, instances, root, dir, report, out);
            synchronized (this) {
                current = run;
            }
            try {
                run.run();
            } finally {
                run.close();
            }
        }
    }

    private synchronized void cleanUp() {
        if (current != null) {
            current.close();
        }
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
