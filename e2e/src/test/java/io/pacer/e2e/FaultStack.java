package io.pacer.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The fault suite's own stack, every part a process of its own so that any of them can be killed: the Kafka broker
 * and the MongoDB-wire server (H2 file) from local-stack's exec jar, and the three service jars, started with the
 * commands, options and order of {@code ./pacer up} (broker and wire server first, waiting for their ready files;
 * then ingest; then aggregate and alert). It does not call the script itself: the script's service ports are
 * fixed (8081-8083) and its state lives in the checkout's .pacer/, which would collide with a developer's stack;
 * here every port is free and the data sits in a temp directory under target/faults. A shutdown hook kills every
 * process whatever happens to the tests.
 */
final class FaultStack implements AutoCloseable {

    static final List<String> SERVICES = List.of("ingest", "aggregate", "alert");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(240);
    // ./pacer up's defaults (PACER_JAVA_OPTS, PACER_KAFKA_JAVA_OPTS, PACER_MONGO_JAVA_OPTS)
    private static final List<String> SERVICE_OPTS = List.of("-Xmx1g", "-XX:TieredStopAtLevel=1");
    private static final List<String> KAFKA_OPTS = List.of("-Xmx1g", "-XX:TieredStopAtLevel=1");
    private static final List<String> MONGO_OPTS = List.of("-Xmx512m", "-XX:TieredStopAtLevel=1");

    final String adminToken = "fault-admin-" + UUID.randomUUID();
    private final Map<String, FaultPart> parts = new LinkedHashMap<>();
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Thread hook = new Thread(this::killAll, "fault-stack-shutdown");
    private Path run;

    private FaultStack() {
    }

    /** Builds the parts on free ports with a fresh data directory and starts them all. */
    static FaultStack start() {
        FaultStack stack = new FaultStack();
        Runtime.getRuntime().addShutdownHook(stack.hook);
        try {
            stack.define();
            long started = System.nanoTime();
            stack.startAll();
            System.out.printf("faults: stack up in %d s: %s%n", (System.nanoTime() - started) / 1_000_000_000L,
                    stack.ports);
            return stack;
        } catch (RuntimeException | Error e) {
            stack.close();
            throw e;
        }
    }

    String url(String service) {
        return "http://127.0.0.1:" + ports.get(service);
    }

    String ingest() {
        return url("ingest");
    }

    String aggregate() {
        return url("aggregate");
    }

    String alert() {
        return url("alert");
    }

    FaultPart part(String name) {
        FaultPart part = parts.get(name);
        if (part == null) {
            throw new IllegalArgumentException("no part " + name + " (" + parts.keySet() + ")");
        }
        return part;
    }

    /** Starts one part again with its old command line and waits until it serves. */
    void restart(String name) {
        FaultPart part = part(name);
        part.start();
        part.awaitReady(START_TIMEOUT);
    }

    /** A power cut: SIGKILL to every process at once, servers and services alike. */
    void powerCut() {
        List<Thread> killers = new ArrayList<>();
        for (FaultPart part : parts.values()) {
            Thread t = new Thread(part::kill9, "kill-" + part.name);
            t.start();
            killers.add(t);
        }
        for (Thread t : killers) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** As ./pacer up: the broker and the wire server, then ingest alone, then the other services together. */
    void startAll() {
        part("kafka").start();
        part("mongo").start();
        part("kafka").awaitReady(START_TIMEOUT);
        part("mongo").awaitReady(START_TIMEOUT);
        restart("ingest");
        part("aggregate").start();
        part("alert").start();
        part("aggregate").awaitReady(START_TIMEOUT);
        part("alert").awaitReady(START_TIMEOUT);
    }

    private void define() {
        try {
            Path base = Files.createDirectories(Stack.TARGET.resolve("faults"));
            run = Files.createTempDirectory(base, "run-");
            Path logs = Files.createDirectories(run.resolve("logs"));
            Path jars = Files.createDirectories(Stack.TARGET.resolve("jars")); // shared with Stack: never at once
            for (String name : List.of("kafka", "kafka-controller", "mongo", "ingest", "aggregate", "alert")) {
                ports.put(name, freePort());
            }
            String bootstrap = "127.0.0.1:" + ports.get("kafka");
            String localStack = snapshot(jars, "local-stack/target/local-stack-" + Stack.VERSION + "-exec.jar");
            Path kafkaReady = run.resolve("kafka.ready");
            Path mongoReady = run.resolve("mongo.ready");
            parts.put("kafka", new FaultPart("kafka", java(KAFKA_OPTS, localStack, "kafka", "--dir",
                    run.resolve("kafka").toString(), "--port", port("kafka"), "--controller-port",
                    port("kafka-controller"), "--partitions", "3", "--ready-file", kafkaReady.toString()),
                    Map.of(), logs.resolve("kafka.log"), kafkaReady, () -> Files.exists(kafkaReady)));
            parts.put("mongo", new FaultPart("mongo", java(MONGO_OPTS, localStack, "mongo", "--dir",
                    run.resolve("mongo").toString(), "--port", port("mongo"), "--ready-file", mongoReady.toString()),
                    Map.of(), logs.resolve("mongo.log"), mongoReady, () -> Files.exists(mongoReady)));
            for (String service : SERVICES) {
                String jar = snapshot(jars, service + "-service/target/" + service + "-service-" + Stack.VERSION
                        + ".jar");
                Map<String, String> env = Map.of("SERVER_PORT", port(service), "KAFKA_BOOTSTRAP", bootstrap,
                        "MONGODB_URI", "mongodb://127.0.0.1:" + ports.get("mongo"), "PACER_ADMIN_TOKEN", adminToken);
                String readiness = url(service) + "/actuator/health/readiness";
                parts.put(service, new FaultPart(service, java(SERVICE_OPTS, jar), env,
                        logs.resolve(service + ".log"), null,
                        () -> Http.send("GET", readiness, null, null).status() == 200));
            }
            System.out.println("faults: data and logs in " + run);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String port(String name) {
        return String.valueOf(ports.get(name));
    }

    private static List<String> java(List<String> opts, String jar, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(opts);
        command.add("-jar");
        command.add(jar);
        command.addAll(List.of(args));
        return command;
    }

    /** A copy of a built jar, so a rebuild while the suite runs can't pull classes from under a process. */
    private static String snapshot(Path jars, String relative) throws IOException {
        Path jar = Stack.ROOT.resolve(relative);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("missing " + jar + ": build it first (mvn -B -DskipTests package)");
        }
        Path copy = jars.resolve(jar.getFileName());
        Files.copy(jar, copy, StandardCopyOption.REPLACE_EXISTING);
        return copy.toString();
    }

    private static void deleteTree(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            System.err.println("faults: could not remove " + dir + ": " + e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private void killAll() {
        // services first, as ./pacer down does, but without grace: the suite is over
        List<FaultPart> order = new ArrayList<>(parts.values());
        java.util.Collections.reverse(order);
        order.forEach(FaultPart::kill9);
    }

    /** CPU seconds each part has used so far, over all its runs. */
    String cpuReport() {
        StringBuilder report = new StringBuilder();
        long total = 0;
        for (FaultPart part : parts.values()) {
            long seconds = part.cpu().toSeconds();
            total += seconds;
            report.append(report.length() == 0 ? "" : ", ").append(part.name).append(' ').append(seconds);
        }
        return total + " CPU-s (" + report + ")";
    }

    /** Kills every process and removes the broker's and the wire server's data (some 100 MB); the logs stay. */
    @Override
    public void close() {
        killAll();
        for (String data : List.of("kafka", "mongo")) {
            deleteTree(run == null ? null : run.resolve(data));
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException ignored) {
            // the JVM is already shutting down: the hook runs anyway
        }
    }
}
