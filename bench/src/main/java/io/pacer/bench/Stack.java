package io.pacer.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A fresh Pacer stack of its own, as separate processes on free ports with everything under the run directory:
 * the Kafka broker and the MongoDB-wire server from local-stack's exec jar (as {@code ./pacer up} runs them), and
 * service jars copied to the run directory first, so a rebuild during the run can't change them under a process.
 */
final class Stack implements AutoCloseable {

    static final String VERSION = "0.1.0-SNAPSHOT";

    /** A started service process. */
    record Service(String name, int port, Process process, Path log) {

        String url() {
            return "http://127.0.0.1:" + port;
        }
    }

    final String adminToken = "bench-admin-" + UUID.randomUUID();
    private final Path root;
    private final Path runDir;
    private final BenchOptions options;
    private final PrintStream out;
    private final Map<String, Process> servers = new java.util.LinkedHashMap<>();
    private final List<Service> services = new ArrayList<>();
    private final Map<String, java.time.Instant> built = new java.util.LinkedHashMap<>();
    private String kafkaBootstrap;
    private String mongoUri;
    private String databaseSuffix = "";
    private int starts;

    Stack(Path root, Path runDir, BenchOptions options, PrintStream out) {
        this.root = root;
        this.runDir = runDir;
        this.options = options;
        this.out = out;
    }

    String kafkaBootstrap() {
        return kafkaBootstrap;
    }

    // as ./pacer up runs them: C1 only, see the README
    private static final String C1 = "-XX:TieredStopAtLevel=1";

    void startServers() {
        Path localStack = snapshot(root.resolve("local-stack/target/local-stack-" + VERSION + "-exec.jar"),
                "local-stack");
        int kafkaPort = freePort();
        Path kafkaReady = runDir.resolve("run/kafka.ready");
        servers.put("kafka", launch("kafka", jvm("PACER_KAFKA_JAVA_OPTS", C1 + " -Xmx1g", "-jar", localStack.toString(),
                "kafka", "--dir", runDir.resolve("kafka").toString(), "--port", String.valueOf(kafkaPort),
                "--controller-port", String.valueOf(freePort()), "--partitions", String.valueOf(options.partitions()),
                "--ready-file", kafkaReady.toString()), Map.of()));
        kafkaBootstrap = "127.0.0.1:" + kafkaPort;
        Path mongoReady = runDir.resolve("run/mongo.ready");
        int mongoPort = freePort();
        switch (options.mongo()) {
            case "h2" -> servers.put("mongo", launch("mongo", jvm("PACER_MONGO_JAVA_OPTS", C1 + " -Xmx512m", "-jar",
                    localStack.toString(), "mongo", "--dir", runDir.resolve("mongo").toString(), "--port",
                    String.valueOf(mongoPort), "--ready-file", mongoReady.toString()), Map.of()));
            case "memory" -> {
                List<String> command = new ArrayList<>(List.of(java(), "-Xmx2g"));
                command.addAll(self());
                command.addAll(List.of(Bench.INTERNAL_MONGO, String.valueOf(mongoPort), mongoReady.toString()));
                servers.put("mongo", launch("mongo", command, Map.of()));
            }
            default -> {
                mongoUri = options.mongo();
                databaseSuffix = "_bench_" + UUID.randomUUID().toString().substring(0, 8);
            }
        }
        awaitFile("kafka", kafkaReady, servers.get("kafka"));
        if (mongoUri == null) {
            awaitFile("mongo", mongoReady, servers.get("mongo"));
            mongoUri = "mongodb://127.0.0.1:" + mongoPort;
        }
        out.printf("  kafka %s, mongo %s (%s)%n", kafkaBootstrap, mongoUri, options.mongo());
    }

    /** java, the JVM options from {@code variable} (as ./pacer up takes them) or its default, then {@code args}. */
    private List<String> jvm(String variable, String defaults, String... args) {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(options(variable, defaults));
        command.addAll(List.of(args));
        return command;
    }

    /** The JVM options in {@code variable}, split, or {@code defaults} when it is not set. */
    private static List<String> options(String variable, String defaults) {
        String opts = System.getenv().getOrDefault(variable, defaults);
        return opts.isBlank() ? List.of() : List.of(opts.trim().split("\\s+"));
    }

    /** Starts {@code <name>-service} with the runtime contract's environment; {@code jvm}: extra JVM options. */
    Service startService(String name, List<String> jvm) {
        Path jar = snapshot(root.resolve(name + "-service/target/" + name + "-service-" + VERSION + ".jar"),
                name + "-service");
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx" + options.heap()));
        // the services' JVM options, as ./pacer up takes them (and with its default: C1 only)
        command.addAll(options("PACER_JAVA_OPTS", C1));
        command.addAll(jvm);
        command.addAll(List.of("-jar", jar.toString()));
        if (!databaseSuffix.isEmpty()) {
            command.add("--pacer.mongo.database=pacer_" + name + databaseSuffix);
        }
        String logName = name + "-" + (++starts);
        Process p = launch(logName, command, Map.of("SERVER_PORT", String.valueOf(port), "KAFKA_BOOTSTRAP",
                kafkaBootstrap, "MONGODB_URI", mongoUri, "PACER_ADMIN_TOKEN", adminToken));
        Service service = new Service(name, port, p, runDir.resolve("logs/" + logName + ".log"));
        synchronized (this) {
            services.add(service);
        }
        return service;
    }

    /** Waits for readiness; returns the moment it was first seen (System.nanoTime). */
    long awaitReady(Service s, Http http, Duration timeout, long pollMillis) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!http.ready(s.url())) {
            if (!s.process().isAlive()) {
                throw new BenchException(s.name() + "-service stopped while starting: see " + s.log());
            }
            if (System.nanoTime() > deadline) {
                throw new BenchException(s.name() + "-service not ready after " + timeout.toSeconds() + " s: see "
                        + s.log());
            }
            sleep(pollMillis);
        }
        return System.nanoTime();
    }

    /** Which builds were measured: each jar's module and its modification time. */
    synchronized String jarTimes() {
        List<String> parts = new ArrayList<>();
        built.forEach((module, at) -> parts.add(module + " " + at));
        return String.join(", ", parts);
    }

    /** The embedded MongoDB-wire server's process, if this stack runs one. */
    java.util.Optional<Process> mongoProcess() {
        return java.util.Optional.ofNullable(servers.get("mongo"));
    }

    /** The Kafka broker's process. */
    Process kafkaProcess() {
        return servers.get("kafka");
    }

    /** CPU time used so far by each running process of the stack, and by this one ("bench"), in ms. */
    synchronized Map<String, Long> cpuMillis() {
        Map<String, Long> cpu = new java.util.LinkedHashMap<>();
        services.forEach(s -> cpu.put(s.name(), cpu(s.process().toHandle())));
        servers.forEach((name, p) -> cpu.put(name, cpu(p.toHandle())));
        cpu.put("bench", cpu(ProcessHandle.current()));
        cpu.put(MACHINE, machineBusyMillis());
        return cpu;
    }

    private static final String MACHINE = "(machine)";

    /** "aggregate 40.1 s, mongo 30.2 s, …": the CPU each process used between two {@link #cpuMillis()}. */
    static String cpuBetween(Map<String, Long> before, Map<String, Long> after) {
        List<String> parts = new ArrayList<>();
        long ours = 0;
        for (Map.Entry<String, Long> e : after.entrySet()) {
            if (!e.getKey().equals(MACHINE)) {
                long used = e.getValue() - before.getOrDefault(e.getKey(), 0L);
                ours += used;
                parts.add(String.format("%s %.1f s", e.getKey(), used / 1000.0));
            }
        }
        long machine = after.getOrDefault(MACHINE, 0L) - before.getOrDefault(MACHINE, 0L);
        if (machine > 0) {
            // anything else running on the box (another build or benchmark) skews the numbers: say how much
            parts.add(String.format("other processes %.1f s", Math.max(0, machine - ours) / 1000.0));
        }
        return String.join(", ", parts);
    }

    /** Busy CPU time of the whole machine from /proc/stat (0 where there is none), in ms. */
    static long machineBusyMillis() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            // user nice system idle iowait irq softirq steal: everything but idle and iowait, in USER_HZ (1/100 s)
            for (int k : new int[] {1, 2, 3, 6, 7, 8}) {
                busy += k < f.length ? Long.parseLong(f[k]) : 0;
            }
            return busy * 10;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static long cpu(ProcessHandle p) {
        return p.info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(0L);
    }

    void stop(Service s) {
        destroy(s.process());
        synchronized (this) {
            services.remove(s);
        }
    }

    /** Services first (they leave their consumer groups while Kafka is still there), then the servers. */
    @Override
    public synchronized void close() {
        new ArrayList<>(services).forEach(this::stop);
        List<Process> reversed = new ArrayList<>(servers.values());
        java.util.Collections.reverse(reversed);
        reversed.forEach(Stack::destroy);
        servers.clear();
    }

    private Process launch(String name, List<String> command, Map<String, String> env) {
        try {
            Path log = Files.createDirectories(runDir.resolve("logs")).resolve(name + ".log");
            Files.createDirectories(runDir.resolve("run"));
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            pb.environment().putAll(env);
            return pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitFile(String name, Path file, Process p) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (!Files.exists(file)) {
            if (!p.isAlive() || System.nanoTime() > deadline) {
                throw new BenchException(name + " did not start: see " + runDir.resolve("logs/" + name + ".log"));
            }
            sleep(100);
        }
    }

    private Path snapshot(Path jar, String module) {
        if (!Files.isRegularFile(jar)) {
            throw new BenchException("missing " + jar + ": build it first (mvn -B -q -pl " + module
                    + " package -DskipTests, or ./pacer build)");
        }
        try {
            Path copy = Files.createDirectories(runDir.resolve("jars")).resolve(jar.getFileName());
            if (!Files.exists(copy)) {
                Files.copy(jar, copy, StandardCopyOption.COPY_ATTRIBUTES);
                synchronized (this) {
                    built.put(module, Files.getLastModifiedTime(copy).toInstant()
                            .truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
                }
            }
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void destroy(Process p) {
        List<ProcessHandle> tree = new ArrayList<>(p.descendants().toList());
        tree.add(p.toHandle());
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle h : tree) {
            try {
                h.onExit().get(40, TimeUnit.SECONDS);
            } catch (Exception e) {
                h.destroyForcibly();
            }
        }
    }

    /** How to run this program again: the Boot jar it was started from, or its class path. */
    private static List<String> self() {
        String classPath = System.getProperty("java.class.path");
        if (classPath.endsWith(".jar") && !classPath.contains(java.io.File.pathSeparator)) {
            return List.of("-jar", classPath);
        }
        return List.of("-cp", classPath, Bench.class.getName());
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
