package io.pacer.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The jars a run measures: each copied once into the run directory before its first start, so a rebuild during the
 * run can't change it under a process; the report names each module's build time.
 */
final class Jars {

    static final String VERSION = "0.1.0-SNAPSHOT";

    private final Path root;
    private final Path runDir;
    private final Map<String, Instant> built = new LinkedHashMap<>();

    Jars(Path root, Path runDir) {
        this.root = root;
        this.runDir = runDir;
    }

    Path localStack() {
        return snapshot(root.resolve("local-stack/target/local-stack-" + VERSION + "-exec.jar"), "local-stack");
    }

    Path service(String name) {
        return snapshot(root.resolve(name + "-service/target/" + name + "-service-" + VERSION + ".jar"),
                name + "-service");
    }

    /** Which builds were measured: each jar's module and its modification time. */
    synchronized String times() {
        List<String> parts = new ArrayList<>();
        built.forEach((module, at) -> parts.add(module + " " + at));
        return String.join(", ", parts);
    }

    private synchronized Path snapshot(Path jar, String module) {
        if (!Files.isRegularFile(jar)) {
            throw new BenchException("missing " + jar + ": build it first (mvn -B -q -pl " + module
                    + " package -DskipTests, or ./pacer build)");
        }
        try {
            Path copy = Files.createDirectories(runDir.resolve("jars")).resolve(jar.getFileName());
            if (!Files.exists(copy)) {
                Files.copy(jar, copy, StandardCopyOption.COPY_ATTRIBUTES);
                built.put(module, Files.getLastModifiedTime(copy).toInstant().truncatedTo(ChronoUnit.SECONDS));
            }
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
