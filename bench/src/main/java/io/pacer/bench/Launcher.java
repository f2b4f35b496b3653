package io.pacer.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starting and stopping the stack's processes: each writes its output to {@code logs/<name>.log} under the run
 * directory; stopping one stops its descendants too, each given 40 s to exit before it is killed.
 */
final class Launcher {

    private final Path runDir;

    Launcher(Path runDir) {
        this.runDir = runDir;
    }

    Path log(String name) {
        return runDir.resolve("logs/" + name + ".log");
    }

    Process launch(String name, List<String> command, Map<String, String> env) {
        try {
            Files.createDirectories(runDir.resolve("logs"));
            Files.createDirectories(runDir.resolve("run"));
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log(name).toFile());
            pb.environment().putAll(env);
            return pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until {@code p} has written its ready file (at most 300 s). */
    void awaitFile(String name, Path file, Process p) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (!Files.exists(file)) {
            if (!p.isAlive() || System.nanoTime() > deadline) {
                throw new BenchException(name + " did not start: see " + log(name));
            }
            Stack.sleep(100);
        }
    }

    static void destroy(Process p) {
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

    /** java, the JVM options from {@code variable} (as ./pacer up takes them) or its default, then {@code args}. */
    static List<String> jvm(String variable, String defaults, String... args) {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(options(variable, defaults));
        command.addAll(List.of(args));
        return command;
    }

    /** The JVM options in {@code variable}, split, or {@code defaults} when it is not set. */
    static List<String> options(String variable, String defaults) {
        String opts = System.getenv().getOrDefault(variable, defaults);
        return opts.isBlank() ? List.of() : List.of(opts.trim().split("\\s+"));
    }

    /** How to run this program again: the Boot jar it was started from, or its class path. */
    static List<String> self() {
        String classPath = System.getProperty("java.class.path");
        if (classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator)) {
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
}
