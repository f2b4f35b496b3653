package io.pacer.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The aggregate's own timer {@code pacer.aggregate.batch} (per input) from its Prometheus page, when it has one. */
final class Metrics {

    private static final Pattern LINE = Pattern.compile(
            "^pacer_aggregate_batch_seconds_(count|sum|max)\\{([^}]*)\\}\\s+(\\S+)");
    private static final Pattern INPUT = Pattern.compile("input=\"([^\"]*)\"");

    private Metrics() {
    }

    static List<String> batchTimer(String prometheusText) {
        Map<String, double[]> byInput = new TreeMap<>();
        for (String line : prometheusText.split("\n")) {
            Matcher m = LINE.matcher(line);
            if (!m.find()) {
                continue;
            }
            Matcher input = INPUT.matcher(m.group(2));
            double[] v = byInput.computeIfAbsent(input.find() ? input.group(1) : "?", k -> new double[3]);
            int slot = switch (m.group(1)) {
                case "count" -> 0;
                case "sum" -> 1;
                default -> 2;
            };
            v[slot] = Double.parseDouble(m.group(3));
        }
        List<String> lines = new ArrayList<>();
        byInput.forEach((input, v) -> lines.add(String.format(
                "aggregate timer pacer_aggregate_batch{input=%s}: %,.0f batches, %.1f s in all, mean %.1f ms, "
                        + "max (recent) %.1f ms", input, v[0], v[1], v[0] == 0 ? 0 : 1000 * v[1] / v[0], 1000 * v[2])));
        if (lines.isEmpty()) {
            lines.add("aggregate timer pacer_aggregate_batch: not on /actuator/prometheus");
        }
        return lines;
    }
}
