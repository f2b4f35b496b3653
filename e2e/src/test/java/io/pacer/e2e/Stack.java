package io.pacer.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import io.pacer.localstack.KafkaBroker;
import io.pacer.localstack.MongoWireServer;
import io.pacer.localstack.PacerTopics;
import tools.jackson.databind.JsonNode;

/**
 * The whole Pacer stack for this module's ITs, started once per test JVM: one real Kafka broker (KRaft) and one
 * MongoDB-wire server in this JVM, and the three service jars as separate processes on free ports, their logs in
 * target/logs. A shutdown hook destroys the service process trees whatever happens to the tests.
 */
final class Stack implements AutoCloseable {

    static final Path ROOT = Path.of(System.getProperty("pacer.root", "..")).toAbsolutePath().normalize();
    static final Path TARGET = Path.of(System.getProperty("pacer.e2e.target", "target")).toAbsolutePath();
    static final String VERSION = System.getProperty("pacer.version", "0.1.0-SNAPSHOT");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(240);

    private static Stack instance;
    private static RuntimeException failure;

    final String adminToken = "e2e-admin-" + UUID.randomUUID();
    final Map<String, Integer> ports = new LinkedHashMap<>();
    private final List<Process> processes = new ArrayList<>();
    private KafkaBroker kafka;
    private MongoWireServer mongo;
    private boolean demoLoaded;

    private Stack() {
    }

    /** The running stack; the first caller starts it. */
    static synchronized Stack get() {
        if (failure != null) {
            throw new IllegalStateException("the stack failed to start for an earlier test class", failure);
        }
        if (instance == null) {
            Stack stack = new Stack();
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "e2e-stack-shutdown"));
            try {
                stack.start();
            } catch (RuntimeException e) {
                failure = e;
                throw e;
            } catch (Error e) {
                failure = new IllegalStateException(e.getMessage(), e);
                throw e;
            }
            instance = stack;
        }
        return instance;
    }

    String ingest() {
        return url("ingest");
    }

    String aggregate() {
        return url("aggregate");
    }

    /** The PROGRESS_LAG alert of a region and indicator in the given state, or null while there is none. */
    JsonNode progressLagAlert(String token, String state, String region, String indicator) {
        Http.Answer a = Http.send("GET", alert() + "/api/v1/alerts?state=" + state + "&region=" + region
                + "&indicator=" + indicator, token, null);
        if (a.status() != 200) {
            return null;
        }
        for (JsonNode alert : a.json()) {
            if ("PROGRESS_LAG".equals(alert.get("rule").asString())) {
                return alert;
            }
        }
        return null;
    }

    String alert() {
        return url("alert");
    }

    /** The broker's address, for a test that writes to a topic itself. */
    String kafkaBootstrap() {
        return kafka.bootstrapServers();
    }

    private String url(String service) {
        return "http://127.0.0.1:" + ports.get(service);
    }

    private void start() {
        long started = System.nanoTime();
        try {
            Path logs = Files.createDirectories(TARGET.resolve("logs"));
            Path kafkaDir = Files.createTempDirectory(Files.createDirectories(TARGET.resolve("kafka")), "broker-");
            kafka = new KafkaBroker(kafkaDir, freePort(), freePort()).start();
            PacerTopics.ensure(kafka.bootstrapServers(), 3);
            mongo = MongoWireServer.inMemory().start(0);
            for (String service : List.of("ingest", "aggregate", "alert")) {
                ports.put(service, freePort());
            }
            Map<String, Process> running = new LinkedHashMap<>();
            for (String service : ports.keySet()) {
                Process process = launch(service, logs);
                processes.add(process);
                running.put(service, process);
            }
            for (String service : ports.keySet()) {
                Http.awaitReady(service, url(service), START_TIMEOUT, logs.resolve(service + ".log"),
                        running.get(service));
            }
        } catch (IOException e) {
            close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException | Error e) {
            close();
            throw e;
        }
        System.out.printf("e2e: stack up in %d s: %s%n", (System.nanoTime() - started) / 1_000_000_000L, ports);
    }

    private Process launch(String service, Path logs) throws IOException {
        Path jar = snapshot(ROOT.resolve(service + "-service/target/" + service + "-service-" + VERSION + ".jar"),
                service + "-service");
        ProcessBuilder pb = new ProcessBuilder(javaBin(), "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-jar", jar.toString());
        Map<String, String> env = pb.environment();
        env.put("SERVER_PORT", String.valueOf(ports.get(service)));
        env.put("KAFKA_BOOTSTRAP", kafka.bootstrapServers());
        env.put("MONGODB_URI", mongo.uri());
        env.put("PACER_ADMIN_TOKEN", adminToken);
        // ingest (registers) and alert are called from the dashboard's origin, served by aggregate-service
        env.put("PACER_DASHBOARD_ORIGIN", "http://127.0.0.1:" + ports.get("aggregate"));
        env.put("PACER_ALERT_WEBHOOKS_ALLOWPRIVATE", "true"); // the tests' webhook receivers listen on 127.0.0.1
        // and the dashboard takes their addresses only from aggregate-service's configuration
        env.put("PACER_ALERT_URL", "http://127.0.0.1:" + ports.get("alert"));
        env.put("PACER_INGEST_URL", "http://127.0.0.1:" + ports.get("ingest"));
        pb.redirectErrorStream(true);
        pb.redirectOutput(logs.resolve(service + ".log").toFile());
        return pb.start();
    }

    /** Runs the demo loader once against this stack (a process, as ./pacer does) and fails if it does. */
    synchronized void loadDemo() {
        if (demoLoaded) {
            return;
        }
        Path log = TARGET.resolve("logs/demo.log");
        try {
            Path jar = snapshot(ROOT.resolve("demo/target/demo-" + VERSION + ".jar"), "demo");
            Process loader = new ProcessBuilder(javaBin(), "-jar", jar.toString(), "load", "--ingest", ingest(),
                    "--aggregate", aggregate(), "--alert", alert(), "--token", adminToken, "--no-verify")
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            processes.add(loader);
            if (!loader.waitFor(5, TimeUnit.MINUTES)) {
                destroyTree(loader);
                throw new IllegalStateException("the demo loader took over 5 minutes: see " + log);
            }
            if (loader.exitValue() != 0) {
                throw new IllegalStateException("the demo loader exited with " + loader.exitValue() + ":\n"
                        + Files.readString(log));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        demoLoaded = true;
    }

    @Override
    public synchronized void close() {
        for (Process p : processes) {
            destroyTree(p);
        }
        processes.clear();
        if (kafka != null) {
            try {
                kafka.close();
            } catch (RuntimeException e) {
                System.err.println("e2e: stopping Kafka: " + e);
            }
            kafka = null;
        }
        if (mongo != null) {
            mongo.close();
            mongo = null;
        }
    }

    /**
     * A copy of a module's jar under target/jars: a rebuild of that module while the stack runs (the reactor, or
     * someone's IDE) then can't pull classes from under a running process.
     */
    private static Path snapshot(Path jar, String module) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("missing " + jar + ": build it first (mvn -B -q -pl " + module
                    + " package -DskipTests)");
        }
        Path copy = Files.createDirectories(TARGET.resolve("jars")).resolve(jar.getFileName());
        Files.copy(jar, copy, StandardCopyOption.REPLACE_EXISTING);
        return copy;
    }

    private static void destroyTree(Process p) {
        List<ProcessHandle> tree = new ArrayList<>(p.descendants().toList());
        tree.add(p.toHandle());
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle h : tree) {
            try {
                h.onExit().get(20, TimeUnit.SECONDS);
            } catch (Exception e) {
                h.destroyForcibly();
            }
        }
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        return Ports.free();
    }
}
