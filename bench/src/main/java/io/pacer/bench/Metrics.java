package io.pacer.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The services' own meters, read from their Prometheus pages. */
final class Metrics {

    private static final Pattern LINE = Pattern.compile(
            "^pacer_aggregate_batch_seconds_(count|sum|max)\\{([^}]*)\\}\\s+(\\S+)");
    private static final Pattern INPUT = Pattern.compile("input=\"([^\"]*)\"");

    private Metrics() {
    }

    /**
     * The aggregate's batch timer per input; {@code prometheusText} may hold the pages of several instances one after
     * the other: counts and sums add up, the max is the largest.
     */
    static List<String> batchTimer(String prometheusText) {
        Map<String, double[]> byInput = new TreeMap<>();
        for (String line : prometheusText.split("\n")) {
            Matcher m = LINE.matcher(line);
            if (!m.find()) {
                continue;
            }
            Matcher input = INPUT.matcher(m.group(2));
            double[] v = byInput.computeIfAbsent(input.find() ? input.group(1) : "?", k -> new double[3]);
            double value = Double.parseDouble(m.group(3));
            switch (m.group(1)) {
                case "count" -> v[0] += value;
                case "sum" -> v[1] += value;
                default -> v[2] = Math.max(v[2], value);
            }
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

    /**
     * Count and sum (timers in seconds) of a timer or distribution summary per value of {@code tag}, e.g.
     * {@code stats(page, "pacer_aggregate_flush_seconds", "stage")}; the tag's value is "" when it has none.
     */
    static Map<String, double[]> stats(String prometheusText, String base, String tag) {
        return samples(prometheusText, base, List.of("count", "sum"), tag);
    }

    /** A counter's value per value of {@code tag} ({@code name} without the {@code _total} suffix). */
    static Map<String, Double> counter(String prometheusText, String name, String tag) {
        Map<String, Double> byTag = new TreeMap<>();
        samples(prometheusText, name, List.of("total"), tag).forEach((value, v) -> byTag.put(value, v[0]));
        return byTag;
    }

    /** The samples {@code base_<suffix>}, summed per value of {@code tag}: slot i holds {@code suffixes.get(i)}. */
    private static Map<String, double[]> samples(String prometheusText, String base, List<String> suffixes,
            String tag) {
        Pattern line = Pattern.compile("^" + Pattern.quote(base) + "_(" + String.join("|", suffixes)
                + ")(?:\\{([^}]*)\\})?\\s+(\\S+)");
        Pattern tagValue = Pattern.compile(Pattern.quote(tag) + "=\"([^\"]*)\"");
        Map<String, double[]> byTag = new TreeMap<>();
        for (String text : prometheusText.split("\n")) {
            Matcher m = line.matcher(text);
            if (m.find()) {
                Matcher t = tagValue.matcher(m.group(2) == null ? "" : m.group(2));
                double[] v = byTag.computeIfAbsent(t.find() ? t.group(1) : "", k -> new double[suffixes.size()]);
                v[suffixes.indexOf(m.group(1))] += Double.parseDouble(m.group(3));
            }
        }
        return byTag;
    }

    /** {@code after − before}, per tag value, of {@link #stats}. */
    static Map<String, double[]> delta(Map<String, double[]> before, Map<String, double[]> after) {
        Map<String, double[]> delta = new TreeMap<>();
        after.forEach((tag, v) -> {
            double[] b = before.getOrDefault(tag, new double[2]);
            delta.put(tag, new double[] {v[0] - b[0], v[1] - b[1]});
        });
        return delta;
    }

    /**
     * Quantiles of a histogram over a phase, from the difference of its cumulative buckets ({@code base_bucket{le}})
     * between two pages: for each quantile the upper bound of the first bucket that reaches it (NaN without buckets).
     */
    static double[] quantiles(String before, String after, String base, double... quantiles) {
        TreeMap<Double, Double> counts = buckets(after, base);
        buckets(before, base).forEach((le, n) -> counts.merge(le, -n, Double::sum));
        double[] result = new double[quantiles.length];
        java.util.Arrays.fill(result, Double.NaN);
        double total = counts.isEmpty() ? 0 : counts.lastEntry().getValue();
        for (int i = 0; i < quantiles.length && total > 0; i++) {
            for (Map.Entry<Double, Double> bucket : counts.entrySet()) {
                if (bucket.getValue() >= quantiles[i] * total) {
                    result[i] = bucket.getKey();
                    break;
                }
            }
        }
        return result;
    }

    /** Cumulative bucket counts by upper bound ({@code +Inf} as infinity), summed over the other tags. */
    private static TreeMap<Double, Double> buckets(String prometheusText, String base) {
        TreeMap<Double, Double> counts = new TreeMap<>();
        samples(prometheusText, base, List.of("bucket"), "le").forEach((le, v) -> {
            if (!le.isEmpty()) {
                counts.put(le.equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(le), v[0]);
            }
        });
        return counts;
    }

    /** What the services' own meters say about a phase, from their pages before and after it. */
    static List<String> phase(String aggregateBefore, String aggregateAfter, String ingestBefore, String ingestAfter) {
        List<String> lines = new ArrayList<>();
        Map<String, double[]> flush = delta(stats(aggregateBefore, "pacer_aggregate_flush_seconds", "stage"),
                stats(aggregateAfter, "pacer_aggregate_flush_seconds", "stage"));
        List<String> stages = new ArrayList<>();
        flush.forEach((stage, v) -> stages.add(String.format("%s %,.0f x mean %.1f ms", stage, v[0],
                v[0] == 0 ? 0 : 1000 * v[1] / v[0])));
        Map<String, double[]> toRanking = delta(stats(aggregateBefore, "pacer_submission_to_ranking_seconds", "x"),
                stats(aggregateAfter, "pacer_submission_to_ranking_seconds", "x"));
        double[] r = toRanking.getOrDefault("", new double[2]);
        double[] q = quantiles(aggregateBefore, aggregateAfter, "pacer_submission_to_ranking_seconds", 0.5, 0.9, 0.99);
        double[] a = quantiles(aggregateBefore, aggregateAfter, "pacer_submission_to_applied_seconds", 0.5, 0.9, 0.99);
        lines.add(String.format("aggregate flushes: %s; its own acceptance -> published timer: %,.0f, mean %.0f ms, "
                + "p50/p90/p99 at most %.0f / %.0f / %.0f ms (histogram buckets), of which acceptance -> applied in "
                + "memory at most %.0f / %.0f / %.0f ms",
                stages.isEmpty() ? "none on /actuator/prometheus" : String.join(", ", stages), r[0],
                r[0] == 0 ? 0 : 1000 * r[1] / r[0], 1000 * q[0], 1000 * q[1], 1000 * q[2], 1000 * a[0], 1000 * a[1],
                1000 * a[2]));
        double[] tx = delta(stats(ingestBefore, "pacer_ledger_transaction_requests", "x"),
                stats(ingestAfter, "pacer_ledger_transaction_requests", "x")).getOrDefault("", new double[2]);
        Map<String, Double> before = counter(ingestBefore, "pacer_history_ledger_records", "outcome");
        Map<String, Double> after = counter(ingestAfter, "pacer_history_ledger_records", "outcome");
        lines.add(String.format("ingest: %,.0f ledger transactions for %,.0f requests (%.1f each); its ledger consumer "
                + "applied %,.0f records and skipped %,.0f the request path had written", tx[0], tx[1],
                tx[0] == 0 ? 0 : tx[1] / tx[0], after.getOrDefault("applied", 0.0) - before.getOrDefault("applied", 0.0),
                after.getOrDefault("written-by-request", 0.0) - before.getOrDefault("written-by-request", 0.0)));
        return lines;
    }
}
