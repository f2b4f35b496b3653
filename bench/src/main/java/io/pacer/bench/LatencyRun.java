package io.pacer.bench;

import java.io.PrintStream;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import io.pacer.events.PacerJson;
import io.pacer.events.Region;
import io.pacer.events.ReportingEntity;
import io.pacer.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/**
 * Phase (c): a steady load through {@code POST /api/v1/submissions} (one entity's month, all its indicators, per
 * request) on a fixed schedule, and a consumer tailing {@code pacer.figures}. Each sender thread owns whole towns
 * and sends synchronously, so per town the ledger order is the 202 order ({@link LatencyMatcher}). Every
 * (entity, period) is submitted once: first the current month, then months before the ledger's, so each
 * submission raises its town's {@code reported}.
 */
final class LatencyRun {

    record Item(ReportingEntity entity, String period, double scheduledSeconds) {
    }

    record Result(Percentiles latencies, int missing, int expectedFigures, long sentOk, int errors, String firstError,
            double achievedFiguresPerSecond, long figureEvents, boolean capped, Percentiles requests,
            Percentiles fromSend) {
    }

    private final CityModel model;
    private final BenchOptions options;
    private final Http http;
    private final PrintStream out;

    LatencyRun(CityModel model, BenchOptions options, Http http, PrintStream out) {
        this.model = model;
        this.options = options;
        this.http = http;
        this.out = out;
    }

    /** The current month first, then the months before the ledger's, back to January five years ago. */
    static List<String> periods(YearMonth current, YearMonth firstLedgerMonth, int yearsBack) {
        List<String> periods = new ArrayList<>();
        periods.add(current.toString());
        YearMonth earliest = YearMonth.of(current.getYear() - yearsBack, 1);
        for (YearMonth m = firstLedgerMonth.minusMonths(1); !m.isBefore(earliest); m = m.minusMonths(1)) {
            periods.add(m.toString());
        }
        return periods;
    }

    /** The schedule: period by period, entities in register order (round-robin over towns). */
    static List<Item> plan(List<ReportingEntity> entities, List<String> periods, double perSecond, int count) {
        List<Item> items = new ArrayList<>();
        for (String period : periods) {
            for (ReportingEntity e : entities) {
                if (items.size() == count) {
                    return items;
                }
                items.add(new Item(e, period, items.size() / perSecond));
            }
        }
        return items;
    }

    /** Sender s owns the towns whose index modulo the sender count is s. */
    static Map<String, Integer> owners(List<Region> towns, int senders) {
        Map<String, Integer> owners = new HashMap<>();
        for (int t = 0; t < towns.size(); t++) {
            owners.put(towns.get(t).id(), t % senders);
        }
        return owners;
    }

    static List<List<String>> entityGroups(CityModel model, int senders) {
        Map<String, Integer> owners = owners(model.towns(), senders);
        List<List<String>> groups = new ArrayList<>();
        for (int s = 0; s < senders; s++) {
            groups.add(new ArrayList<>());
        }
        model.entities().forEach(e -> groups.get(owners.get(e.regionId())).add(e.id()));
        return groups;
    }

    Result run(String ingest, String bootstrap, List<String> tokens, YearMonth current, YearMonth firstLedgerMonth) {
        int senders = tokens.size();
        double perSecond = (double) options.rate() / model.indicators().size();
        int wanted = (int) Math.ceil(perSecond * (options.warmupSeconds() + options.latencySeconds()));
        List<Item> plan = plan(model.entities(), periods(current, firstLedgerMonth, 5), perSecond, wanted);
        boolean capped = plan.size() < wanted;
        if (capped) {
            out.printf("  only %,d (entity, period) pairs are free: the phase stops early%n", plan.size());
        }
        Map<String, Integer> owners = owners(model.towns(), senders);
        List<List<Item>> perSender = new ArrayList<>();
        for (int s = 0; s < senders; s++) {
            perSender.add(new ArrayList<>());
        }
        plan.forEach(item -> perSender.get(owners.get(item.entity().regionId())).add(item));

        LatencyMatcher matcher = new LatencyMatcher();
        AtomicBoolean tailing = new AtomicBoolean(true);
        AtomicLong events = new AtomicLong();
        Set<String> towns = new HashSet<>();
        model.towns().forEach(t -> towns.add(t.id()));
        KafkaConsumer<byte[], byte[]> consumer = tailConsumer(bootstrap);
        Thread tail = new Thread(() -> tail(consumer, towns, matcher, tailing, events), "bench-figures-tail");
        tail.start();

        List<String> codes = model.indicators().stream().map(IndicatorSpec::code).toList();
        AtomicLong ok = new AtomicLong();
        AtomicInteger errors = new AtomicInteger();
        AtomicReference<String> firstError = new AtomicReference<>();
        AtomicLong lastMeasuredAck = new AtomicLong();
        List<Double> requestMillis = java.util.Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime() + Duration.ofMillis(500).toNanos();
        long measureFrom = start + (long) (options.warmupSeconds() * 1e9);
        // The phase lasts its time whatever the service manages: what isn't sent by then is not sent.
        long end = measureFrom + (long) (options.latencySeconds() * 1e9);
        List<Thread> threads = new ArrayList<>();
        for (int s = 0; s < senders; s++) {
            List<Item> items = perSender.get(s);
            String token = tokens.get(s);
            Random values = new Random(options.seed() + s);
            Thread t = new Thread(() -> {
                Map<String, Integer> counts = new HashMap<>();
                for (Item item : items) {
                    long due = start + (long) (item.scheduledSeconds() * 1e9);
                    if (System.nanoTime() >= end) {
                        break;
                    }
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        java.util.concurrent.locks.LockSupport.parkNanos(wait);
                    }
                    byte[] body = body(item, values);
                    long sent = System.nanoTime();
                    Http.Answer a = http.postBytes(ingest + "/api/v1/submissions", token, body);
                    long acked = System.nanoTime();
                    if (a.status() != 202) {
                        errors.incrementAndGet();
                        firstError.compareAndSet(null, item.entity().id() + " " + item.period() + ": " + a.status()
                                + " " + a.body());
                        continue;
                    }
                    ok.incrementAndGet();
                    String town = item.entity().regionId();
                    int k = counts.merge(town + '|' + item.period(), 1, Integer::sum);
                    // by when it was sent, not when it was due: a backed-up service sends late
                    if (sent >= measureFrom) {
                        requestMillis.add((acked - sent) / 1e6);
                        matcher.acknowledged(town, item.period(), k, sent, acked, codes);
                        lastMeasuredAck.accumulateAndGet(acked, Math::max);
                    }
                }
            }, "bench-sender-" + s);
            threads.add(t);
            t.start();
        }
        Senders.await(threads, start, out, seconds -> String.format(
                "    %5d s: %,d submissions acknowledged, %,d errors, %,d figure events", seconds, ok.get(), errors.get(),
                events.get()));
        long drainUntil = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < drainUntil && matcher.matchedCount() < matcher.expectedCount()) {
            Stack.sleep(500);
        }
        tailing.set(false);
        Senders.join(tail, 10_000);
        LatencyMatcher.Outcome outcome = matcher.outcome(Duration.ofSeconds(10).toNanos());
        double measuredSeconds = Math.max(1e-3, (Math.max(end, lastMeasuredAck.get()) - measureFrom) / 1e9);
        double achieved = (double) matcher.expectedCount() / measuredSeconds;
        return new Result(new Percentiles(outcome.latenciesMillis()), outcome.missing(), matcher.expectedCount(),
                ok.get(), errors.get(), firstError.get(), achieved, events.get(), capped,
                new Percentiles(requestMillis.stream().mapToDouble(Double::doubleValue).toArray()),
                new Percentiles(outcome.fromSendMillis()));
    }

    private byte[] body(Item item, Random rng) {
        List<Map<String, Object>> figures = new ArrayList<>();
        for (IndicatorSpec spec : model.indicators()) {
            double value = spec.scale() * Math.exp(0.8 * rng.nextGaussian()) * (spec.basis().name().equals("CUMULATIVE")
                    ? 8 : 1);
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("indicator", spec.code());
            f.put("value", java.math.BigDecimal.valueOf(value).setScale(spec.whole() ? 0 : 2,
                    java.math.RoundingMode.HALF_UP));
            f.put("priorYearValue", java.math.BigDecimal.valueOf(value / 1.07).setScale(spec.whole() ? 0 : 2,
                    java.math.RoundingMode.HALF_UP));
            figures.add(f);
        }
        return PacerJson.write(Map.of("entityId", item.entity().id(), "period", item.period(), "figures", figures));
    }

    private static KafkaConsumer<byte[], byte[]> tailConsumer(String bootstrap) {
        Properties p = RawConsumer.plainConsumer(bootstrap, "pacer-bench-figures-tail");
        // The broker answers a waiting fetch as soon as a record is appended, so a short wait bought no precision,
        // only a hundred empty fetches a second from the bench competing with what it measures.
        p.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 500);
        KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p);
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.FIGURES).stream()
                .map(i -> new TopicPartition(Topics.FIGURES, i.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        // resolve the positions now: only events produced from here on count
        partitions.forEach(consumer::position);
        return consumer;
    }

    private static void tail(KafkaConsumer<byte[], byte[]> consumer, Set<String> towns, LatencyMatcher matcher,
            AtomicBoolean running, AtomicLong events) {
        try (consumer) {
            while (running.get()) {
                var batch = consumer.poll(Duration.ofMillis(20));
                long arrived = System.nanoTime();
                for (ConsumerRecord<byte[], byte[]> r : batch) {
                    events.incrementAndGet();
                    TownEvent f = TownEvent.read(r.value());
                    if (towns.contains(f.regionId())) {
                        matcher.event(f.regionId(), f.indicator(), f.period(), f.reported(), arrived);
                    }
                }
            }
        }
    }
}
