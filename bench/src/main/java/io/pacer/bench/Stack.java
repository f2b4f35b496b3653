package io.pacer.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A fresh Pacer stack of its own, as separate processes on free ports with everything under the run directory:
 * the Kafka broker and the MongoDB-wire server from local-stack's exec jar (as {@code ./pacer up} runs them), and
 * the services from their jars ({@link Jars}). Instances of one service share its consumer groups and database and
 * differ only in their server port.
 */
final class Stack implements AutoCloseable {

    // as ./pacer up runs them: C1 only, see the README
    private static final String C1 = "-XX:TieredStopAtLevel=1";

    final String adminToken = "bench-admin-" + UUID.randomUUID();
    private final Path runDir;
    private final BenchOptions options;
    private final PrintStream out;
    private final Launcher launcher;
    private final Jars jars;
    private final Map<String, Process> servers = new LinkedHashMap<>();
    private final List<Service> services = new ArrayList<>();
    private String kafkaBootstrap;
    private String mongoUri;
    private String databaseSuffix = "";
    private int starts;

    Stack(Path root, Path runDir, BenchOptions options, PrintStream out) {
        this.runDir = runDir;
        this.options = options;
        this.out = out;
        this.launcher = new Launcher(runDir);
        this.jars = new Jars(root, runDir);
    }

    String kafkaBootstrap() {
        return kafkaBootstrap;
    }

    void startServers() {
        Path localStack = jars.localStack();
        int kafkaPort = Launcher.freePort();
        Path kafkaReady = runDir.resolve("run/kafka.ready");
        servers.put("kafka", launcher.launch("kafka", Launcher.jvm("PACER_KAFKA_JAVA_OPTS", C1 + " -Xmx1g", "-jar",
                localStack.toString(), "kafka", "--dir", runDir.resolve("kafka").toString(), "--port",
                String.valueOf(kafkaPort), "--controller-port", String.valueOf(Launcher.freePort()), "--partitions",
                String.valueOf(options.partitions()), "--ready-file", kafkaReady.toString()), Map.of()));
        kafkaBootstrap = "127.0.0.1:" + kafkaPort;
        Path mongoReady = runDir.resolve("run/mongo.ready");
        int mongoPort = Launcher.freePort();
        switch (options.mongo()) {
            case "h2" -> servers.put("mongo", launcher.launch("mongo", Launcher.jvm("PACER_MONGO_JAVA_OPTS",
                    C1 + " -Xmx512m", "-jar", localStack.toString(), "mongo", "--dir",
                    runDir.resolve("mongo").toString(), "--port", String.valueOf(mongoPort), "--ready-file",
                    mongoReady.toString()), Map.of()));
            case "memory" -> {
                List<String> command = new ArrayList<>(List.of(Launcher.java(), "-Xmx2g"));
                command.addAll(Launcher.self());
                command.addAll(List.of(Bench.INTERNAL_MONGO, String.valueOf(mongoPort), mongoReady.toString()));
                servers.put("mongo", launcher.launch("mongo", command, Map.of()));
            }
            default -> {
                mongoUri = options.mongo();
                databaseSuffix = "_bench_" + UUID.randomUUID().toString().substring(0, 8);
            }
        }
        launcher.awaitFile("kafka", kafkaReady, servers.get("kafka"));
        if (mongoUri == null) {
            launcher.awaitFile("mongo", mongoReady, servers.get("mongo"));
            mongoUri = "mongodb://127.0.0.1:" + mongoPort;
        }
        out.printf("  kafka %s, mongo %s (%s)%n", kafkaBootstrap, mongoUri, options.mongo());
    }

    /** Starts one instance of {@code <name>-service}, labelled with the bare name. */
    Service startService(String name, List<String> jvm) {
        return startInstances(name, 1, jvm).first();
    }

    /**
     * Starts {@code count} instances of {@code <name>-service} at once with the runtime contract's environment, each
     * on a port of its own; {@code jvm}: extra JVM options.
     */
    Instances startInstances(String name, int count, List<String> jvm) {
        Path jar = jars.service(name);
        List<Service> started = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            int port = Launcher.freePort();
            List<String> command = new ArrayList<>(List.of(Launcher.java(), "-Xmx" + options.heap()));
            // the services' JVM options, as ./pacer up takes them (and with its default: C1 only)
            command.addAll(Launcher.options("PACER_JAVA_OPTS", C1));
            command.addAll(jvm);
            command.addAll(List.of("-jar", jar.toString()));
            if (!databaseSuffix.isEmpty()) {
                command.add("--pacer.mongo.database=pacer_" + name + databaseSuffix);
            }
            String label = Instances.label(name, i, count);
            String logName;
            synchronized (this) {
                logName = label + "." + (++starts);
            }
            Process p = launcher.launch(logName, command, Map.of("SERVER_PORT", String.valueOf(port),
                    "KAFKA_BOOTSTRAP", kafkaBootstrap, "MONGODB_URI", mongoUri, "PACER_ADMIN_TOKEN", adminToken));
            Service service = new Service(name, label, port, p, launcher.log(logName));
            synchronized (this) {
                services.add(service);
            }
            started.add(service);
        }
        return new Instances(name, started);
    }

    /** Waits for readiness; returns the moment it was first seen (System.nanoTime). */
    long awaitReady(Service s, Http http, Duration timeout, long pollMillis) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!http.ready(s.url())) {
            if (!s.process().isAlive()) {
                throw new BenchException(s.label() + "-service stopped while starting: see " + s.log());
            }
            if (System.nanoTime() > deadline) {
                throw new BenchException(s.label() + "-service not ready after " + timeout.toSeconds() + " s: see "
                        + s.log());
            }
            sleep(pollMillis);
        }
        return System.nanoTime();
    }

    /** Which builds were measured: each jar's module and its modification time. */
    String jarTimes() {
        return jars.times();
    }

    /** The embedded MongoDB-wire server's process, if this stack runs one. */
    Optional<Process> mongoProcess() {
        return Optional.ofNullable(servers.get("mongo"));
    }

    /** The Kafka broker's process. */
    Process kafkaProcess() {
        return servers.get("kafka");
    }

    /** CPU time used so far by each running process of the stack (by label), and by this one ("bench"), in ms. */
    synchronized Map<String, Long> cpuMillis() {
        Map<String, ProcessHandle> processes = new LinkedHashMap<>();
        services.forEach(s -> processes.put(s.label(), s.process().toHandle()));
        servers.forEach((name, p) -> processes.put(name, p.toHandle()));
        return CpuUsage.snapshot(processes);
    }

    void stop(Service s) {
        Launcher.destroy(s.process());
        synchronized (this) {
            services.remove(s);
        }
    }

    /** Stops every instance, all at once (each leaves its consumer groups while the others still run). */
    void stop(Instances instances) {
        instances.members().parallelStream().forEach(this::stop);
    }

    /** Services first (they leave their consumer groups while Kafka is still there), then the servers. */
    @Override
    public synchronized void close() {
        new ArrayList<>(services).forEach(this::stop);
        List<Process> reversed = new ArrayList<>(servers.values());
        Collections.reverse(reversed);
        reversed.forEach(Launcher::destroy);
        servers.clear();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchException("interrupted");
        }
    }
}
