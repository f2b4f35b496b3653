package io.pacer.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Aggregates the text of {@code jfr print --events jdk.ExecutionSample}: per sample, its top frame (self time),
 * its innermost {@code io.pacer} frame (which of Pacer's code the time is spent under) and its thread.
 */
final class HotMethods {

    private final Map<String, Integer> self = new HashMap<>();
    private final Map<String, Integer> pacer = new HashMap<>();
    private final Map<String, Integer> threads = new HashMap<>();
    private int samples;

    static HotMethods parse(BufferedReader text) {
        HotMethods hot = new HotMethods();
        try {
            String thread = "?";
            List<String> frames = null;
            for (String line = text.readLine(); line != null; line = text.readLine()) {
                String t = line.trim();
                if (t.startsWith("jdk.ExecutionSample")) {
                    thread = "?";
                } else if (t.startsWith("sampledThread = ")) {
                    int q = t.indexOf('"');
                    int end = t.indexOf('"', q + 1);
                    thread = q >= 0 && end > q ? t.substring(q + 1, end) : t.substring(16);
                } else if (t.startsWith("stackTrace = [")) {
                    frames = new ArrayList<>();
                } else if (frames != null && t.equals("]")) {
                    hot.add(thread, frames);
                    frames = null;
                } else if (frames != null && !t.isEmpty() && !t.equals("...")) {
                    frames.add(method(t));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return hot;
    }

    int samples() {
        return samples;
    }

    /** A readable block: the top methods by self time, by innermost Pacer frame, and the busiest threads. */
    List<String> report(int top) {
        List<String> lines = new ArrayList<>();
        lines.add("  hot methods (top frame, % of samples):");
        lines.addAll(top(self, top));
        lines.add("  by innermost io.pacer frame (the Pacer code the time is spent under):");
        lines.addAll(top(pacer, Math.min(top, 10)));
        lines.add("  by thread:");
        lines.addAll(top(threads, 8));
        return lines;
    }

    private void add(String thread, List<String> frames) {
        if (frames.isEmpty()) {
            return;
        }
        samples++;
        self.merge(frames.get(0), 1, Integer::sum);
        String innermost = frames.stream().filter(f -> f.startsWith("io.pacer.")).findFirst()
                .orElse("(no io.pacer frame: framework, Kafka client, JVM)");
        pacer.merge(innermost, 1, Integer::sum);
        threads.merge(thread.replaceAll("\\d+", "N"), 1, Integer::sum);
    }

    private List<String> top(Map<String, Integer> counts, int n) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(n)
                .map(e -> String.format("    %5.1f %%  %s", 100.0 * e.getValue() / Math.max(1, samples), e.getKey()))
                .toList();
    }

    /** "java.util.HashMap.hash(Object) line: 338" → "java.util.HashMap.hash(Object)". */
    static String method(String frame) {
        int line = frame.indexOf(" line:");
        return line < 0 ? frame : frame.substring(0, line);
    }
}
