package io.pacer.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CPU time per process over a phase: a snapshot maps each process's label to the user + system CPU it has used so
 * far (on Linux the JDK reads utime + stime from /proc/&lt;pid&gt;/stat), plus the whole machine's busy time from
 * /proc/stat; {@link #between} gives what each used from one snapshot to the next and what the rest of the
 * machine used meanwhile. A process whose CPU time can't be read (it has exited) is left out of its snapshot.
 */
final class CpuUsage {

    static final String MACHINE = "(machine)";
    private static final Pattern INSTANCE = Pattern.compile("(.+)-(\\d+)");

    private CpuUsage() {
    }

    /** Label → CPU ms for {@code processes} and this JVM ("bench"), then the machine's busy ms. */
    static Map<String, Long> snapshot(Map<String, ProcessHandle> processes) {
        Map<String, Long> cpu = new LinkedHashMap<>();
        processes.forEach((label, p) -> millis(p).ifPresent(ms -> cpu.put(label, ms)));
        millis(ProcessHandle.current()).ifPresent(ms -> cpu.put("bench", ms));
        cpu.put(MACHINE, machineBusyMillis());
        return cpu;
    }

    static java.util.Optional<Long> millis(ProcessHandle p) {
        return p.info().totalCpuDuration().map(Duration::toMillis);
    }

    /**
     * "aggregate 40.1 s, mongo 30.2 s, …, other processes 3.0 s": the CPU each process of {@code after} used since
     * {@code before} (a process started in between counts from 0). Instances of one service (labels
     * {@code name-1}, {@code name-2}, …) are also added up at the end: "; aggregate-1 + aggregate-2 = 61.0 s".
     */
    static String between(Map<String, Long> before, Map<String, Long> after) {
        List<String> parts = new ArrayList<>();
        Map<String, List<String>> instances = new TreeMap<>();
        Map<String, Long> instanceMillis = new TreeMap<>();
        long ours = 0;
        for (Map.Entry<String, Long> e : after.entrySet()) {
            if (e.getKey().equals(MACHINE)) {
                continue;
            }
            long used = e.getValue() - before.getOrDefault(e.getKey(), 0L);
            ours += used;
            parts.add(String.format("%s %.1f s", e.getKey(), used / 1000.0));
            Matcher m = INSTANCE.matcher(e.getKey());
            if (m.matches()) {
                instances.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(e.getKey());
                instanceMillis.merge(m.group(1), used, Long::sum);
            }
        }
        long machine = after.getOrDefault(MACHINE, 0L) - before.getOrDefault(MACHINE, 0L);
        if (machine > 0) {
            // anything else running on the box (another build or benchmark) skews the numbers: say how much
            parts.add(String.format("other processes %.1f s", Math.max(0, machine - ours) / 1000.0));
        }
        StringBuilder line = new StringBuilder(String.join(", ", parts));
        instances.forEach((name, labels) -> {
            if (labels.size() > 1) {
                line.append(String.format("; %s = %.1f s", String.join(" + ", labels),
                        instanceMillis.get(name) / 1000.0));
            }
        });
        return line.toString();
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
}
