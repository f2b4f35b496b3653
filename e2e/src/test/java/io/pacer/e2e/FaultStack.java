package io.pacer.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * process whatever happens to the tests. With more than one instance, {@code aggregate-2} and {@code alert-2} are
 * further processes of the same jars on ports of their own, started once the first ones serve (as
 * {@code ./pacer up --instances 2} does). Every aggregate and alert consumer carries the client id that names its
 * instance ({@link io.pacer.localstack.GroupAssignments#clientId}).
 */
final class FaultStack implements AutoCloseable {

    static final List<String> SERVICES = List.of("ingest", "aggregate", "alert");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(240);
    // ./pacer up's defaults (PACER_JAVA_OPTS, PACER_KAFKA_JAVA_OPTS, PACER_MONGO_JAVA_OPTS)
    private static final List<String> SERVICE_OPTS = List.of("-Xmx1g", "-XX:TieredStopAtLevel=1");
    private static final List<String> KAFKA_OPTS = List.of("-Xmx1g", "-XX:TieredStopAtLevel=1");
    private static final List<String> MONGO_OPTS = List.of("-Xmx512m", "-XX:TieredStopAtLevel=1");

    final String adminToken = "fault-admin-" + UUID.randomUUID();
    private final int instances;
    private final List<String> serviceOptions;
    private final Map<String, FaultPart> parts = new LinkedHashMap<>();
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Thread hook = new Thread(this::killAll, "fault-stack-shutdown");
    private Path run;

    private FaultStack(int instances, List<String> serviceOptions) {
        this.instances = instances;
        this.serviceOptions = serviceOptions;
    }

    /** Builds the parts on free ports with a fresh data directory and starts them all. */
    static FaultStack start() {
        return start(1, List.of());
    }

    /**
     * As {@link #start()}, with {@code instances} of aggregate and alert, whose JVMs also get {@code serviceOptions}
     * (e.g. system properties).
     */
    static FaultStack start(int instances, List<String> serviceOptions) {
        FaultStack stack = new FaultStack(instances, serviceOptions);
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

    String bootstrap() {
        return "127.0.0.1:" + ports.get("kafka");
    }

    /** The part (aggregate, aggregate-2, alert, …) that serves on a port. */
    String partOnPort(int port) {
        return ports.entrySet().stream().filter(e -> e.getValue() == port).map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no part on port " + port + ": " + ports));
    }

    int portNumber(String part) {
        return ports.get(part);
    }

    /** The further instances' part names: aggregate-2, alert-2, … */
    List<String> extraInstances() {
        List<String> names = new ArrayList<>();
        for (int i = 2; i <= instances; i++) {
            names.add("aggregate-" + i);
            names.add("alert-" + i);
        }
        return names;
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
        extraInstances().forEach(name -> part(name).start());
        extraInstances().forEach(name -> part(name).awaitReady(START_TIMEOUT));
    }

    private void define() {
        try {
            Path base = Files.createDirectories(Stack.TARGET.resolve("faults"));
            run = Files.createTempDirectory(base, "run-");
            Path logs = Files.createDirectories(run.resolve("logs"));
            Path jars = Files.createDirectories(Stack.TARGET.resolve("jars")); // shared with Stack: never at once
            List<String> names = new ArrayList<>(List.of("kafka", "kafka-controller", "mongo", "ingest", "aggregate",
                    "alert"));
            names.addAll(extraInstances());
            for (String name : names) {
                ports.put(name, FaultLaunch.freePort());
            }
            String bootstrap = "127.0.0.1:" + ports.get("kafka");
            String localStack = FaultLaunch.snapshot(jars, "local-stack/target/local-stack-" + Stack.VERSION + "-exec.jar");
            Path kafkaReady = run.resolve("kafka.ready");
            Path mongoReady = run.resolve("mongo.ready");
            parts.put("kafka", new FaultPart("kafka", FaultLaunch.java(KAFKA_OPTS, localStack, "kafka", "--dir",
                    run.resolve("kafka").toString(), "--port", port("kafka"), "--controller-port",
                    port("kafka-controller"), "--partitions", "3", "--ready-file", kafkaReady.toString()),
                    Map.of(), logs.resolve("kafka.log"), kafkaReady, () -> Files.exists(kafkaReady)));
            parts.put("mongo", new FaultPart("mongo", FaultLaunch.java(MONGO_OPTS, localStack, "mongo", "--dir",
                    run.resolve("mongo").toString(), "--port", port("mongo"), "--ready-file", mongoReady.toString()),
                    Map.of(), logs.resolve("mongo.log"), mongoReady, () -> Files.exists(mongoReady)));
            List<String> instanceNames = new ArrayList<>(SERVICES);
            instanceNames.addAll(extraInstances());
            for (String name : instanceNames) {
                String service = name.replaceAll("-\\d+$", "");
                String jar = FaultLaunch.snapshot(jars, service + "-service/target/" + service + "-service-" + Stack.VERSION
                        + ".jar");
                Map<String, String> env = Map.of("SERVER_PORT", port(name), "KAFKA_BOOTSTRAP", bootstrap,
                        "MONGODB_URI", "mongodb://127.0.0.1:" + ports.get("mongo"), "PACER_ADMIN_TOKEN", adminToken);
                List<String> opts = new ArrayList<>(SERVICE_OPTS);
                opts.addAll(FaultLaunch.clientIds(service, ports.get(name)));
                if (!service.equals("ingest")) {
                    opts.addAll(serviceOptions);
                }
                String readiness = url(name) + "/actuator/health/readiness";
                parts.put(name, new FaultPart(name, FaultLaunch.java(opts, jar), env, logs.resolve(name + ".log"), null,
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
            FaultLaunch.deleteTree(run == null ? null : run.resolve(data));
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException ignored) {
            // the JVM is already shutting down: the hook runs anyway
        }
    }
}
