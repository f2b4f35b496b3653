package io.pacer.bench;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

import io.pacer.events.PacerJson;
import io.pacer.events.Region;
import io.pacer.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/**
 * Phase (d), right after (c) at the same rate: the latency from a submission's 202 to the alert transition it
 * causes on {@code pacer.alerts}. A separate phase rather than part of (c) because (c) submits every (unit, period)
 * once with growth-neutral values and, once the current month's units are used up (after a second in a smoke run),
 * months before the ledger's, which alert-service evaluates at another month: few of its submissions would move an
 * alert, and which ones could not be known. Here one pilot unit per town (its first) revises the current month
 * again and again with every indicator, at a size that outweighs the rest of its town (10^12), so the town's growth
 * is the pilot's: either {@link #UP_GROWTH} (above the {@link Targets#GROWTH_TARGET_PCT} % target; for better=LOWER
 * above is the lagging side) or {@link #DOWN_GROWTH} (below it, negative). Before the phase each pilot is primed
 * (every indicator up) and alert-service is let catch up, so every alert of the pilots' towns starts from one known
 * side; the town's s-th submission of the phase then flips indicator s mod n, so each submission is expected to
 * cause exactly one GROWTH_LAG transition (FIRING or RESOLVED) for (town, that indicator, the current month), which
 * reports the growth the submission gave, and repeats the other indicators unchanged: 2,000 figures/s carry 100
 * transitions/s. {@link AlertMatcher} pairs transitions with submissions. A sender thread owns whole towns as in
 * (c), with the same tokens.
 */
final class AlertLatencyRun {

    static final String RULE = "GROWTH_LAG";
    static final BigDecimal PILOT_VALUE = new BigDecimal("1000000000000");
    /** The pilot's growth on either side of the 7 % target: 20 points above it, or 20 below (negative). */
    static final double UP_GROWTH = 0.27;
    static final double DOWN_GROWTH = -0.13;

    record Result(AlertMatcher.Outcome outcome, long sentOk, int errors, String firstError,
            double achievedFiguresPerSecond, long alertEvents, double primeSeconds, long lagAtStart) {
    }

    private final CityModel model;
    private final BenchOptions options;
    private final Http http;
    private final PrintStream out;

    AlertLatencyRun(CityModel model, BenchOptions options, Http http, PrintStream out) {
        this.model = model;
        this.options = options;
        this.http = http;
        this.out = out;
    }

    /** The first unit of each town that has one, by town. */
    static Map<String, String> pilots(CityModel model) {
        Map<String, String> pilots = new LinkedHashMap<>();
        for (Region town : model.towns()) {
            model.entities().stream().filter(e -> e.regionId().equals(town.id())).findFirst()
                    .ifPresent(e -> pilots.put(town.id(), e.id()));
        }
        return pilots;
    }

    /** The body of a pilot's submission: every indicator at the pilot's size, each on its side of the target. */
    static byte[] body(String entityId, String period, List<String> codes, boolean[] down) {
        List<Map<String, Object>> figures = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("indicator", codes.get(i));
            f.put("value", PILOT_VALUE);
            f.put("priorYearValue", PILOT_VALUE.divide(BigDecimal.valueOf(1 + (down[i] ? DOWN_GROWTH : UP_GROWTH)),
                    0, RoundingMode.HALF_UP));
            figures.add(f);
        }
        return PacerJson.write(Map.of("entityId", entityId, "period", period, "figures", figures));
    }

    /**
     * @param awaitAlertService waits at most the given time until the aggregate has read the ledger and
     *        alert-service pacer.figures to their ends, and returns what is still unread of both then
     */
    Result run(String ingest, String bootstrap, List<String> tokens, YearMonth current,
            java.util.function.Function<Duration, Long> awaitAlertService) {
        String period = current.toString();
        List<String> codes = model.indicators().stream().map(IndicatorSpec::code).toList();
        Map<String, String> pilots = pilots(model);
        List<String> towns = new ArrayList<>(pilots.keySet());
        int senders = tokens.size();
        Map<String, Integer> owners = LatencyRun.owners(model.towns(), senders);

        // Prime: every pilot's indicators on the up side, then let alert-service evaluate it all.
        long priming = System.nanoTime();
        for (String town : towns) {
            Http.Answer a = http.postBytes(ingest + "/api/v1/submissions", tokens.get(owners.get(town)),
                    body(pilots.get(town), period, codes, new boolean[codes.size()]));
            if (a.status() != 202) {
                throw new BenchException("priming " + pilots.get(town) + " " + period + ": " + a.status() + " "
                        + a.body());
            }
        }
        Stack.sleep(2000);
        long lagAtStart = awaitAlertService.apply(Duration.ofSeconds(120));
        double primeSeconds = (System.nanoTime() - priming) / 1e9;
        out.printf("  primed %d pilot units in %.1f s; records still unread then (aggregate on the ledger, "
                + "alert-service on %s): %,d%n", towns.size(), primeSeconds, Topics.FIGURES, lagAtStart);

        double perSecond = (double) options.rate() / codes.size();
        int wanted = (int) Math.ceil(perSecond * (options.warmupSeconds() + options.latencySeconds()));
        List<List<Integer>> perSender = new ArrayList<>();
        for (int s = 0; s < senders; s++) {
            perSender.add(new ArrayList<>());
        }
        for (int k = 0; k < wanted; k++) {
            perSender.get(owners.get(towns.get(k % towns.size()))).add(k);
        }

        AlertMatcher matcher = new AlertMatcher(RULE);
        AtomicBoolean tailing = new AtomicBoolean(true);
        AtomicLong events = new AtomicLong();
        KafkaConsumer<byte[], byte[]> consumer = tailConsumer(bootstrap);
        Thread tail = new Thread(() -> tail(consumer, matcher, tailing, events), "bench-alerts-tail");
        tail.start();

        AtomicLong ok = new AtomicLong();
        AtomicInteger errors = new AtomicInteger();
        AtomicReference<String> firstError = new AtomicReference<>();
        AtomicLong lastMeasuredAck = new AtomicLong();
        long start = System.nanoTime() + Duration.ofMillis(500).toNanos();
        long measureFrom = start + (long) (options.warmupSeconds() * 1e9);
        long end = measureFrom + (long) (options.latencySeconds() * 1e9);
        List<Thread> threads = new ArrayList<>();
        for (int s = 0; s < senders; s++) {
            List<Integer> items = perSender.get(s);
            String token = tokens.get(s);
            Thread t = new Thread(() -> {
                Map<String, boolean[]> sides = new LinkedHashMap<>();
                Map<String, Integer> sequence = new LinkedHashMap<>();
                for (int k : items) {
                    if (System.nanoTime() >= end) {
                        break;
                    }
                    long wait = start + (long) (k / perSecond * 1e9) - System.nanoTime();
                    if (wait > 0) {
                        LockSupport.parkNanos(wait);
                    }
                    String town = towns.get(k % towns.size());
                    boolean[] down = sides.computeIfAbsent(town, x -> new boolean[codes.size()]);
                    int flip = sequence.merge(town, 1, Integer::sum) - 1;
                    int i = flip % codes.size();
                    down[i] = !down[i];
                    long sent = System.nanoTime();
                    Http.Answer a = http.postBytes(ingest + "/api/v1/submissions", token,
                            body(pilots.get(town), period, codes, down));
                    long acked = System.nanoTime();
                    if (a.status() != 202) {
                        // not on the ledger: the side did not change
                        down[i] = !down[i];
                        errors.incrementAndGet();
                        firstError.compareAndSet(null, pilots.get(town) + " " + period + ": " + a.status() + " "
                                + a.body());
                        continue;
                    }
                    ok.incrementAndGet();
                    boolean measured = sent >= measureFrom;
                    matcher.acknowledged(town, codes.get(i), period, 100 * (down[i] ? DOWN_GROWTH : UP_GROWTH), sent,
                            acked, measured);
                    if (measured) {
                        lastMeasuredAck.accumulateAndGet(acked, Math::max);
                    }
                }
            }, "bench-alert-sender-" + s);
            threads.add(t);
            t.start();
        }
        Senders.await(threads, start, out, seconds -> String.format(
                "    %5d s: %,d submissions acknowledged, %,d errors, %,d alert transitions", seconds, ok.get(), errors.get(),
                events.get()));
        // Drain: 10 s, longer while alert-service still has figures to read (at most two minutes).
        long sentAll = System.nanoTime();
        long hardStop = sentAll + Duration.ofSeconds(120).toNanos();
        long softStop = sentAll + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < hardStop && matcher.matchedCount() < matcher.expectedCount()) {
            if (System.nanoTime() > softStop && awaitAlertService.apply(Duration.ZERO) == 0) {
                break;
            }
            Stack.sleep(500);
        }
        out.printf("  drained for %.1f s after the last send%n", (System.nanoTime() - sentAll) / 1e9);
        tailing.set(false);
        Senders.join(tail, 10_000);
        double measuredSeconds = Math.max(1e-3, (Math.max(end, lastMeasuredAck.get()) - measureFrom) / 1e9);
        AlertMatcher.Outcome outcome = matcher.outcome(Duration.ofSeconds(10).toNanos());
        double achieved = outcome.expected() * (double) codes.size() / measuredSeconds;
        return new Result(outcome, ok.get(), errors.get(), firstError.get(), achieved, events.get(), primeSeconds,
                lagAtStart);
    }

    private static KafkaConsumer<byte[], byte[]> tailConsumer(String bootstrap) {
        Properties p = RawConsumer.plainConsumer(bootstrap, "pacer-bench-alerts-tail");
        p.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 500);
        KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p);
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.ALERTS).stream()
                .map(i -> new TopicPartition(Topics.ALERTS, i.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        return consumer;
    }

    private static void tail(KafkaConsumer<byte[], byte[]> consumer, AlertMatcher matcher, AtomicBoolean running,
            AtomicLong events) {
        try (consumer) {
            while (running.get()) {
                var batch = consumer.poll(Duration.ofMillis(20));
                long arrived = System.nanoTime();
                for (ConsumerRecord<byte[], byte[]> r : batch) {
                    events.incrementAndGet();
                    AlertTransition t = AlertTransition.read(r.value());
                    if (t.rule() != null) {
                        matcher.transition(t.rule(), t.regionId(), t.indicator(), t.period(), t.growthPct(),
                                arrived);
                    }
                }
            }
        }
    }
}
