package io.pacer.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Aggregates the text of {@code jfr print --events jdk.ExecutionSample,jdk.NativeMethodSample}. Per Java sample:
 * its top frame (self time), its innermost {@code io.pacer} frame (which of Pacer's code the time is spent under)
 * and its thread. Native samples are mostly idle threads in epoll; only those under an {@code io.pacer} frame
 * are counted (Pacer code blocked in a socket read, i.e. waiting for MongoDB or Kafka).
 */
final class HotMethods {

    private final Map<String, Integer> self = new HashMap<>();
    private final Map<String, Integer> pacer = new HashMap<>();
    private final Map<String, Integer> threads = new HashMap<>();
    private final Map<String, Integer> waiting = new HashMap<>();
    private final String focus;
    private int samples;
    private int nativeSamples;

    private HotMethods(String focus) {
        this.focus = focus;
    }

    static HotMethods parse(BufferedReader text) {
        return parse(text, "io.pacer.");
    }

    /** {@code focus}: the package prefix whose innermost frame a sample is attributed to. */
    static HotMethods parse(BufferedReader text, String focus) {
        HotMethods hot = new HotMethods(focus);
        try {
            String thread = "?";
            boolean nativeSample = false;
            List<String> frames = null;
            for (String line = text.readLine(); line != null; line = text.readLine()) {
                String t = line.trim();
                if (t.startsWith("jdk.ExecutionSample") || t.startsWith("jdk.NativeMethodSample")) {
                    thread = "?";
                    nativeSample = t.startsWith("jdk.NativeMethodSample");
                } else if (t.startsWith("sampledThread = ")) {
                    int q = t.indexOf('"');
                    int end = t.indexOf('"', q + 1);
                    thread = q >= 0 && end > q ? t.substring(q + 1, end) : t.substring(16);
                } else if (t.startsWith("stackTrace = [")) {
                    frames = new ArrayList<>();
                } else if (frames != null && t.equals("]")) {
                    if (nativeSample) {
                        hot.addNative(frames);
                    } else {
                        hot.add(thread, frames);
                    }
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

    /** Native samples under Pacer code. */
    int nativeSamples() {
        return nativeSamples;
    }

    /** A readable block: the top methods by self time, by innermost Pacer frame, and the busiest threads. */
    List<String> report(int top) {
        List<String> lines = new ArrayList<>();
        lines.add("  hot methods (top frame, % of samples):");
        lines.addAll(top(self, top));
        lines.add("  by innermost " + focus + "* frame (the code the time is spent under):");
        lines.addAll(top(pacer, Math.min(top, 10)));
        lines.add("  by thread:");
        lines.addAll(top(threads, 8));
        if (nativeSamples > 0) {
            lines.add(String.format("  blocked in native code under %s* (%,d samples, taken at half the Java rate),"
                    + " by innermost such frame:", focus, nativeSamples));
            lines.addAll(top(waiting, 8, nativeSamples));
        }
        return lines;
    }

    private void add(String thread, List<String> frames) {
        if (frames.isEmpty()) {
            return;
        }
        samples++;
        self.merge(frames.get(0), 1, Integer::sum);
        String innermost = frames.stream().filter(f -> f.startsWith(focus)).findFirst()
                .orElse("(no " + focus + "* frame: framework, clients, JVM)");
        pacer.merge(innermost, 1, Integer::sum);
        threads.merge(thread.replaceAll("\\d+", "N"), 1, Integer::sum);
    }

    private void addNative(List<String> frames) {
        frames.stream().filter(f -> f.startsWith(focus)).findFirst().ifPresent(innermost -> {
            nativeSamples++;
            waiting.merge(innermost + "  <- " + frames.get(0), 1, Integer::sum);
        });
    }

    private List<String> top(Map<String, Integer> counts, int n) {
        return top(counts, n, samples);
    }

    private static List<String> top(Map<String, Integer> counts, int n, int of) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(n)
                .map(e -> String.format("    %5.1f %%  %s", 100.0 * e.getValue() / Math.max(1, of), e.getKey()))
                .toList();
    }

    /** "java.util.HashMap.hash(Object) line: 338" → "java.util.HashMap.hash(Object)". */
    static String method(String frame) {
        int line = frame.indexOf(" line:");
        return line < 0 ? frame : frame.substring(0, line);
    }
}
