package io.pacer.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * One process of the fault suite's stack (the broker, the wire server or a service), started the way {@code ./pacer}
 * starts it: the same command line each time, so a restart after a kill finds its ports and its data directory
 * again. Every start appends to the part's one log file, after a marker line.
 */
final class FaultPart {

    final String name;
    private final List<String> command;
    private final Map<String, String> env;
    private final Path log;
    private final BooleanSupplier ready;
    private final Path readyFile;
    private Process process;
    private int starts;
    private Duration cpuOfEarlierRuns = Duration.ZERO;

    /**
     * @param readyFile deleted before each start (the broker and the wire server write it once they serve; a kill -9
     *                  leaves the old one behind), or null
     */
    FaultPart(String name, List<String> command, Map<String, String> env, Path log, Path readyFile,
            BooleanSupplier ready) {
        this.name = name;
        this.command = command;
        this.env = env;
        this.log = log;
        this.readyFile = readyFile;
        this.ready = ready;
    }

    synchronized void start() {
        if (alive()) {
            throw new IllegalStateException(name + " is already running");
        }
        try {
            if (readyFile != null) {
                Files.deleteIfExists(readyFile);
            }
            starts++;
            Files.writeString(log, String.format("%n==== fault suite: start %d of %s at %s ====%n", starts, name,
                    LocalTime.now()), java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            pb.environment().putAll(env);
            process = pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the part serves; fails at once if its process exits meanwhile, with the log's tail. */
    void awaitReady(Duration timeout) {
        Process p = process;
        try {
            Http.await(name + " ready", timeout, () -> {
                if (!p.isAlive()) {
                    throw new IllegalStateException(name + " exited with " + p.exitValue());
                }
                return ready.getAsBoolean() ? Boolean.TRUE : null;
            });
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; log " + log + ":\n" + tail(40), e);
        }
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed or closed. */
    synchronized void kill9() {
        Process p = process;
        if (p == null) {
            return;
        }
        cpuOfEarlierRuns = cpu();
        p.destroyForcibly();
        awaitExit(p, Duration.ofSeconds(30));
        process = null;
    }

    /** SIGTERM, as {@code ./pacer down} stops a part; SIGKILL if it has not stopped within the grace time. */
    synchronized void stop(Duration grace) {
        Process p = process;
        if (p == null) {
            return;
        }
        cpuOfEarlierRuns = cpu();
        p.destroy();
        if (!awaitExit(p, grace)) {
            p.destroyForcibly();
            awaitExit(p, Duration.ofSeconds(30));
        }
        process = null;
    }

    synchronized boolean alive() {
        return process != null && process.isAlive();
    }

    /** CPU time used by all the part's runs so far (a run's last moments before a kill are not counted). */
    synchronized Duration cpu() {
        Duration now = process == null ? Duration.ZERO
                : process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
        return cpuOfEarlierRuns.plus(now);
    }

    String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(cannot read " + log + ": " + e + ")";
        }
    }

    private static boolean awaitExit(Process p, Duration timeout) {
        try {
            return p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            return false;
        }
    }
}
