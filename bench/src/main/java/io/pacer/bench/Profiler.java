package io.pacer.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * JFR on a running process for one phase only (aggregate-service and the wire server during the catch-up,
 * ingest-service during the registration and the latency phase): started with {@code jcmd JFR.start
 * settings=profile} when the phase starts (so start-up is not in the profile), dumped when it ends, then
 * summarised from
 * {@code jfr print --events jdk.ExecutionSample} (JDK 17's jfr tool has no {@code view hot-methods}).
 */
final class Profiler {

    private final Path runDir;

    Profiler(Path runDir) {
        this.runDir = runDir;
    }

    void start(long pid) {
        jcmd(pid, "JFR.start", "name=bench", "settings=profile");
    }

    Path dump(String name, long pid) {
        Path file = runDir.resolve(name + ".jfr");
        jcmd(pid, "JFR.dump", "name=bench", "filename=" + file);
        jcmd(pid, "JFR.stop", "name=bench");
        return file;
    }

    List<String> summary(String process, String during, Path jfr, int top, String focus) {
        List<String> lines = new ArrayList<>();
        try {
            Process p = new ProcessBuilder(tool("jfr"), "print", "--events", "jdk.ExecutionSample,jdk.NativeMethodSample",
                    "--stack-depth",
                    "64", jfr.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            HotMethods hot;
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                hot = HotMethods.parse(r, focus);
            }
            p.waitFor(5, TimeUnit.MINUTES);
            lines.add(String.format("profile: JFR (settings=profile) of %s during %s: %,d samples in Java code, "
                    + "%,d blocked in native code under %s* (%s)", process, during, hot.samples(), hot.nativeSamples(),
                    focus, jfr.getFileName()));
            lines.addAll(hot.report(top));
        } catch (IOException e) {
            lines.add("profile: could not read " + jfr + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return lines;
    }

    private static void jcmd(long pid, String... command) {
        List<String> args = new ArrayList<>(List.of(tool("jcmd"), String.valueOf(pid)));
        args.addAll(List.of(command));
        try {
            Process p = new ProcessBuilder(args).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new BenchException("jcmd " + String.join(" ", command) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new BenchException("cannot run jcmd: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchException("interrupted");
        }
    }

    private static String tool(String name) {
        Path inJdk = Path.of(System.getProperty("java.home"), "bin", name);
        return Files.isExecutable(inJdk) ? inJdk.toString() : name;
    }
}
