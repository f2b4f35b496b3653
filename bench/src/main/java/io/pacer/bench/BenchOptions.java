package io.pacer.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The command line. Sizes default to the ledger: 5,000 entities × 20 indicators × 10 months = 1,000,000
 * figures (plus 2 % revisions). {@code --figures N} alone scales the entity count to match.
 */
record BenchOptions(int entities, int towns, int districts, int indicators, int months, double revisions, int rate,
        int latencySeconds, int warmupSeconds, int senders, int partitions, String mongo, boolean keep,
        boolean profile, long seed, int catchUpTimeoutSeconds, int rawRuns, String heap, Path root,
        boolean skipLatency, boolean skipAlerts, int alertCatchUpTimeoutSeconds, List<Integer> instances) {

    /** The most instances of a service one run starts: the ports are free ones, the cores are what limits it. */
    static final int MAX_INSTANCES = 4;

    static final String USAGE = """
            usage: bench [options]            (./pacer bench [options])
              --figures N             ledger size without revisions (default 1000000; sets --entities)
              --entities N            reporting units (default 5000)
              --towns N  --districts N   regions (default 60 towns in 6 districts, one city)
              --indicators N          indicators, each entity lists all (default 20)
              --months N              months of figures, ending last month in Asia/Shanghai (default 10)
              --revisions F           share of figures revised later (default 0.02)
              --rate N                figures/s for the latency phase (default 2000 = 100 submissions/s)
              --latency-seconds N     measured seconds of the latency phase (default 60), after
              --warmup-seconds N      an excluded warm-up (default 10)
              --senders N             sender threads, each owning whole towns (default 30: each
                                      sends its next submission when due or when the last one is
                                      answered, so 30 hold 2,000 figures/s up to 300 ms a request)
              --partitions N          partitions of Pacer's topics (default 6)
              --mongo h2|memory|URI   the services' MongoDB (default h2: the wire server with its H2 file backend)
              --heap SIZE             -Xmx of each service (default 1g)
              --catch-up-timeout S    give up waiting for aggregate-service after S seconds (default 600)
              --alert-catch-up-timeout S  give up waiting for alert-service's catch-up after S seconds
                                      (default 600)
              --instances N[,N...]    processes of aggregate-service and of alert-service, in their consumer
                                      groups on ports of their own (default 1, at most 4); with several
                                      counts (1,2) the whole bench runs once per count, each time on a
                                      fresh stack
              --raw-runs N            raw consumer passes, the best is reported (default 2)
              --seed N                generator seed (default 42)
              --profile               JFR: aggregate-service (each instance) and the wire server during (b),
                                      ingest-service during the registration, ingest, aggregate, the
                                      broker and the wire server during (c); prints where the time goes
              --skip-latency          stop after the catch-up phases
              --skip-alerts           leave alert-service out: no alert catch-up, no 202 -> pacer.alerts
              --keep                  keep the run directory (data, logs, JFR files)
              --root DIR              the Pacer checkout (default: found from the working directory)
            """;

    private static final Set<String> FLAGS = Set.of("keep", "profile", "skip-latency", "skip-alerts", "help");

    static BenchOptions parse(String[] args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + arg + "'");
            }
            String name = arg.substring(2);
            if (name.contains("=")) {
                values.put(name.substring(0, name.indexOf('=')), name.substring(name.indexOf('=') + 1));
            } else if (FLAGS.contains(name)) {
                values.put(name, "true");
            } else if (i + 1 < args.length) {
                values.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException("option " + arg + " needs a value");
            }
        }
        if (values.containsKey("help")) {
            throw new IllegalArgumentException("");
        }
        Reader r = new Reader(values);
        int indicators = r.integer("indicators", 20, 2, 200);
        int months = r.integer("months", 10, 1, 12 * 5);
        int entities;
        if (values.containsKey("entities")) {
            entities = r.integer("entities", 5000, 1, 10_000_000);
            if (values.containsKey("figures")
                    && r.integer("figures", 0, 1, Integer.MAX_VALUE) != (long) entities * indicators * months) {
                throw new IllegalArgumentException("--figures must equal entities × indicators × months ("
                        + (long) entities * indicators * months + "); give only one of --figures and --entities");
            }
        } else {
            int figures = r.integer("figures", 1_000_000, 1, Integer.MAX_VALUE);
            entities = Math.max(1, Math.round((float) figures / (indicators * months)));
        }
        int towns = Math.min(entities, r.integer("towns", 60, 1, 100_000));
        int districts = Math.min(towns, r.integer("districts", 6, 1, 10_000));
        double revisions = r.decimal("revisions", 0.02);
        if (revisions < 0 || revisions > 1) {
            throw new IllegalArgumentException("--revisions must be between 0 and 1, was " + revisions);
        }
        return new BenchOptions(entities, towns, districts, indicators, months, revisions,
                r.integer("rate", 2000, 1, 1_000_000), r.integer("latency-seconds", 60, 1, 86_400),
                r.integer("warmup-seconds", 10, 0, 3600), r.integer("senders", 30, 1, 256),
                r.integer("partitions", 6, 1, 1000), values.getOrDefault("mongo", "h2"), values.containsKey("keep"),
                values.containsKey("profile"), Long.parseLong(values.getOrDefault("seed", "42")),
                r.integer("catch-up-timeout", 600, 1, 86_400), r.integer("raw-runs", 2, 1, 20),
                values.getOrDefault("heap", "1g"),
                values.containsKey("root") ? Path.of(values.get("root")).toAbsolutePath().normalize() : null,
                values.containsKey("skip-latency"), values.containsKey("skip-alerts"),
                r.integer("alert-catch-up-timeout", 600, 1, 86_400), instances(values.getOrDefault("instances", "1")));
    }

    /** "1", "2" or "1,2": distinct counts from 1 to {@link #MAX_INSTANCES}, in the order given. */
    static List<Integer> instances(String text) {
        List<Integer> counts = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            int count;
            try {
                count = Integer.parseInt(part.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--instances must be whole numbers separated by commas, was '"
                        + text + "'");
            }
            if (count < 1 || count > MAX_INSTANCES) {
                throw new IllegalArgumentException("--instances must be in 1.." + MAX_INSTANCES + ", was " + count);
            }
            if (counts.contains(count)) {
                throw new IllegalArgumentException("--instances names " + count + " twice");
            }
            counts.add(count);
        }
        return List.copyOf(counts);
    }

    long figures() {
        return (long) entities * indicators * months;
    }

    private record Reader(Map<String, String> values) {

        int integer(String name, int fallback, int min, int max) {
            String text = values.get(name);
            if (text == null) {
                return fallback;
            }
            try {
                int value = Integer.parseInt(text.replace("_", "").replace(",", ""));
                if (value < min || value > max) {
                    throw new IllegalArgumentException("--" + name + " must be in " + min + ".." + max + ", was " + value);
                }
                return value;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--" + name + " must be a whole number, was '" + text + "'");
            }
        }

        double decimal(String name, double fallback) {
            String text = values.get(name);
            try {
                return text == null ? fallback : Double.parseDouble(text);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--" + name + " must be a number, was '" + text + "'");
            }
        }
    }
}
