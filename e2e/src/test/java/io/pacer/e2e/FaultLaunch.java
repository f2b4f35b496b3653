package io.pacer.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import io.pacer.localstack.GroupAssignments;

/** How {@link FaultStack} launches its processes: command lines, jar snapshots, free ports, client ids. */
final class FaultLaunch {

    private FaultLaunch() {
    }

    static List<String> java(List<String> opts, String jar, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(opts);
        command.add("-jar");
        command.add(jar);
        command.addAll(List.of(args));
        return command;
    }

    /** A copy of a built jar, so a rebuild while the suite runs can't pull classes from under a process. */
    static String snapshot(Path jars, String relative) throws IOException {
        Path jar = Stack.ROOT.resolve(relative);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("missing " + jar + ": build it first (mvn -B -DskipTests package)");
        }
        Path copy = jars.resolve(jar.getFileName());
        Files.copy(jar, copy, StandardCopyOption.REPLACE_EXISTING);
        return copy.toString();
    }

    static void deleteTree(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            System.err.println("faults: could not remove " + dir + ": " + e);
        }
    }

    static int freePort() throws IOException {
        return Ports.free();
    }

    /** The client ids ./pacer gives an instance's consumer bindings, so its group members name the instance. */
    static List<String> clientIds(String service, int port) {
        List<String> bindings = switch (service) {
            case "aggregate" -> List.of("ledger-in-0", "totals-in-0");
            case "alert" -> List.of("figures-in-0", "submissions-in-0");
            default -> List.of();
        };
        return bindings.stream().map(b -> "-Dspring.cloud.stream.kafka.bindings." + b
                + ".consumer.configuration.client.id="
                + GroupAssignments.clientId(service, port, b.replace("-in-0", ""))).toList();
    }
}
