package io.pacer.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * The runnable side of local-stack, used by {@code ./pacer}: one command per process.
 * <pre>
 *   kafka  [--dir .pacer/kafka] [--port 9092] [--controller-port 9093] [--partitions 6] [--ready-file F]
 *   mongo  [--dir .pacer/mongo] [--port 27017] [--ready-file F]
 *   smtp   [--dir .pacer/mail] [--port 2525] [--ready-file F]   every message received is written to DIR as a file
 *   topics [--bootstrap 127.0.0.1:9092] [--partitions 6]
 *   tail   TOPIC [--bootstrap 127.0.0.1:9092] [--idle-seconds 3] [-f]
 *   inbox-send FILE [--token T] [--key K] [--bootstrap 127.0.0.1:9092]   (token else env PACER_TOKEN)
 *   groups [--bootstrap 127.0.0.1:9092]   which service instance owns which partitions (GroupAssignments)
 *   lag    --group G [--bootstrap 127.0.0.1:9092]   records the group has not committed yet, over its topics
 *   repartition --partitions N [--bootstrap 127.0.0.1:9092] [--mongodb URI --drop-database DB]
 *          the ledger to N partitions (LedgerRepartition), then drops the named projection database
 *   alert-positions [--bootstrap 127.0.0.1:9092] [--mongodb URI] [--database pacer_alert]
 *          alert-service's positions set to the ends of pacer.figures and pacer.submissions (AlertPositions)
 * </pre>
 * The ready file is written once the server listens (and, for Kafka, Pacer's topics exist): the launcher waits for
 * it rather than guessing from a log line.
 */
public final class LocalStack {

    private static final String USAGE = "usage: local-stack kafka|mongo|smtp|topics|tail|inbox-send|groups|lag|repartition|alert-positions [options]"
            + " (see LocalStack"
            + " javadoc)";

    private LocalStack() {
    }

    public static void main(String[] args) throws Exception {
        Options options = new Options(args, Set.of("-f", "--follow"));
        String command = options.positional().isEmpty() ? "" : options.positional().get(0);
        // Before the first logger exists: tail writes records on stdout, so its own logging goes to stderr.
        if (Set.of("repartition", "alert-positions").contains(command)) {
            // what it did goes to stdout; its log, INFO included, to stderr
            System.setProperty("pacer.log.target", "System.err");
        }
        if (Set.of("tail", "inbox-send", "groups", "lag").contains(command)) {
            System.setProperty("pacer.log.target", "System.err");
            System.setProperty("pacer.log.level", "WARN");
            // An unreachable broker is reported once, below, not as a warning every second.
            System.setProperty("pacer.kafka.clients.level", "ERROR");
        }
        System.setProperty("logback.configurationFile", "io/pacer/localstack/logback-local-stack.xml");
        try {
            switch (command) {
                case "kafka" -> kafka(options);
                case "mongo" -> mongo(options);
                case "smtp" -> smtp(options);
                case "topics" -> PacerTopics.ensure(options.string("bootstrap", "127.0.0.1:9092"),
                        options.integer("partitions", PacerTopics.DEFAULT_PARTITIONS));
                case "tail" -> tail(options);
                case "inbox-send" -> inboxSend(options);
                case "groups" -> GroupAssignments.format(GroupAssignments.describe(bootstrap(options)))
                        .forEach(System.out::println);
                case "lag" -> System.out.println(GroupAssignments.lag(bootstrap(options),
                        options.string("group", "aggregate-service")));
                case "repartition" -> repartition(options);
                case "alert-positions" -> System.out.println("alert-service's positions set to the ends: "
                        + AlertPositions.markJudged(bootstrap(options), options.string("mongodb",
                                "mongodb://127.0.0.1:27017"), options.string("database", "pacer_alert")));
                default -> fail(USAGE);
            }
        } catch (IllegalArgumentException e) {
            fail(e.getMessage());
        } catch (RuntimeException | IOException | java.util.concurrent.ExecutionException
                | java.util.concurrent.TimeoutException e) {
            // The servers' own threads would keep a half-started JVM alive; exiting runs the shutdown hooks.
            org.slf4j.LoggerFactory.getLogger(LocalStack.class).error("{} failed: {}", command, e.toString(), e);
            System.exit(1);
        }
    }

    private static void kafka(Options options) throws IOException {
        Path readyFile = readyFile(options);
        KafkaBroker broker = new KafkaBroker(options.path("dir", ".pacer/kafka"), options.port("port", 9092),
                options.port("controller-port", 9093));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            deleteQuietly(readyFile);
            broker.close();
        }, "kafka-shutdown"));
        broker.start();
        PacerTopics.ensure(broker.bootstrapServers(), options.integer("partitions", PacerTopics.DEFAULT_PARTITIONS));
        markReady(readyFile, broker.bootstrapServers());
        awaitShutdown();
    }

    private static void mongo(Options options) throws IOException {
        Path readyFile = readyFile(options);
        Path dir = options.path("dir", ".pacer/mongo");
        Files.createDirectories(dir);
        MongoWireServer server = MongoWireServer.h2File(dir.resolve("pacer.mv.db"));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            deleteQuietly(readyFile);
            server.close();
        }, "mongo-shutdown"));
        server.start(options.port("port", 27017));
        org.slf4j.LoggerFactory.getLogger(LocalStack.class)
                .info("MongoDB-wire server (H2 file {}) on {}", dir.resolve("pacer.mv.db"), server.uri());
        markReady(readyFile, server.uri());
        awaitShutdown();
    }

    private static void smtp(Options options) throws IOException {
        Path readyFile = readyFile(options);
        Path dir = options.path("dir", ".pacer/mail");
        SmtpServer server = new SmtpServer(options.port("port", 2525), dir);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            deleteQuietly(readyFile);
            server.close();
        }, "smtp-shutdown"));
        server.start();
        org.slf4j.LoggerFactory.getLogger(LocalStack.class)
                .info("SMTP server on 127.0.0.1:{}, messages written to {}", server.port(), dir);
        markReady(readyFile, "127.0.0.1:" + server.port());
        awaitShutdown();
    }

    private static void tail(Options options) {
        if (options.positional().size() != 2) {
            fail("usage: local-stack tail TOPIC [--bootstrap host:port] [--idle-seconds 3] [-f]");
        }
        String topic = options.positional().get(1);
        boolean follow = options.flag("-f") || options.flag("--follow");
        TopicTail tail = new TopicTail(options.string("bootstrap", "127.0.0.1:9092"), topic,
                Duration.ofSeconds(options.integer("idle-seconds", 3)), follow);
        long count = tail.run(new PrintStream(System.out, false, StandardCharsets.UTF_8));
        System.err.println("-- " + count + " record(s) in " + topic);
    }

    private static void inboxSend(Options options) throws IOException {
        if (options.positional().size() != 2) {
            fail("usage: local-stack inbox-send FILE [--token T] [--key K] [--bootstrap host:port]");
        }
        Path file = Path.of(options.positional().get(1));
        if (!Files.isRegularFile(file)) {
            fail("no such file: " + file);
        }
        String token = options.string("token", System.getenv("PACER_TOKEN"));
        InboxSend.Sent sent = new InboxSend(options.string("bootstrap", "127.0.0.1:9092"))
                .send(Files.readAllBytes(file), token, options.string("key", null));
        System.out.println("sent " + file + " to " + io.pacer.events.Topics.INBOX + "-" + sent.partition() + "@"
                + sent.offset() + " under key " + sent.key());
        System.out.println("a rejection (with its reasons) would appear in: ./pacer tail "
                + io.pacer.events.Topics.INBOX_REJECTED);
    }

    private static String bootstrap(Options options) {
        return options.string("bootstrap", "127.0.0.1:9092");
    }

    private static void repartition(Options options) {
        LedgerRepartition.Report report = new LedgerRepartition(bootstrap(options))
                .run(options.integer("partitions", 0));
        System.out.println(io.pacer.events.Topics.SUBMISSIONS + ": " + report.from() + " -> " + report.to()
                + " partitions, " + report.records() + " records copied back by key; the old layout is kept in "
                + report.backup());
        report.grown().forEach(g -> System.out.println("partitions added: " + g));
        String database = options.string("drop-database", null);
        if (database != null) {
            try (var client = com.mongodb.client.MongoClients.create(options.string("mongodb",
                    "mongodb://127.0.0.1:27017"))) {
                client.getDatabase(database).drop();
            }
            System.out.println("dropped database " + database + " (its projections are rebuilt from the topics)");
        }
    }

    private static Path readyFile(Options options) throws IOException {
        String file = options.string("ready-file", null);
        if (file == null) {
            return null;
        }
        Path path = Path.of(file);
        deleteQuietly(path);
        return path;
    }

    private static void markReady(Path readyFile, String address) throws IOException {
        if (readyFile != null) {
            Path parent = readyFile.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.writeString(readyFile, address + System.lineSeparator());
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // a stale ready file is harmless: the launcher also checks that the process is alive
        }
    }

    /** The servers run on their own threads; main just stays alive until the JVM is asked to stop. */
    private static void awaitShutdown() {
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void fail(String message) {
        System.err.println(message);
        System.exit(2);
    }
}
