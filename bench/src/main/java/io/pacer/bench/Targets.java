package io.pacer.bench;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.Properties;

import io.pacer.events.Basis;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import io.pacer.events.PacerJson;
import io.pacer.events.TargetRecord;
import io.pacer.events.Topics;

/**
 * The targets of the alert phases: one for every town × indicator × year of the ledger (and the current year, which
 * the latency phase submits into), written onto {@code pacer.targets} as alert-service's target API
 * writes them. Each has an annual target (a
 * town's expected year: its units' typical flow over twelve months, or their level for STOCK, with the generated
 * 7 % growth) and a growth target of {@link #GROWTH_TARGET_PCT} %, the generator's mean growth, so PROGRESS_LAG,
 * GROWTH_LAG and the rank rules all have work on every town figure, and towns cross the growth target both ways.
 */
final class Targets {

    /** The generator's mean year-on-year growth (LedgerGenerator: 0.07 + 0.12 × gaussian per series). */
    static final BigDecimal GROWTH_TARGET_PCT = BigDecimal.valueOf(7);

    /** E[exp(0.8 g)] for a standard gaussian g: the mean unit size of the generator. */
    private static final double MEAN_SIZE = Math.exp(0.32);

    record Target(int year, String regionId, String indicator, Map<String, Object> body) {

        String path() {
            return "/api/v1/targets/" + year + "/" + regionId + "/" + indicator;
        }
    }

    private Targets() {
    }

    static List<Target> plan(CityModel model, SortedSet<Integer> years) {
        Map<String, Integer> unitsPerTown = new HashMap<>();
        model.entities().forEach(e -> unitsPerTown.merge(e.regionId(), 1, Integer::sum));
        List<Target> targets = new ArrayList<>();
        for (int year : years) {
            for (var town : model.towns()) {
                int units = unitsPerTown.getOrDefault(town.id(), 0);
                for (IndicatorSpec spec : model.indicators()) {
                    double months = spec.basis() == Basis.STOCK ? 1 : 12;
                    double annual = Math.max(1, units) * spec.scale() * MEAN_SIZE * months * 1.07;
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("annualTarget", BigDecimal.valueOf(annual).setScale(0, RoundingMode.HALF_UP));
                    body.put("growthTargetPct", GROWTH_TARGET_PCT);
                    targets.add(new Target(year, town.id(), spec.code(), body));
                }
            }
        }
        return targets;
    }

    /**
     * Writes every target onto {@code pacer.targets}, the topic alert-service restores its targets from on start
     * (the target API writes there too): they are all in place before its figures consumer starts, which waits for
     * the targets to be restored.
     */
    static void publish(String bootstrap, List<Target> targets, PrintStream out) {
        long started = System.nanoTime();
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p, new StringSerializer(),
                new ByteArraySerializer())) {
            for (Target t : targets) {
                TargetRecord record = new TargetRecord(t.year(), t.regionId(), t.indicator(),
                        (BigDecimal) t.body().get("annualTarget"), (BigDecimal) t.body().get("growthTargetPct"), null,
                        null, null);
                producer.send(new ProducerRecord<>(Topics.TARGETS, record.key(), PacerJson.write(record)));
            }
            producer.flush();
        }
        out.printf("  wrote %,d targets onto %s in %.1f s%n", targets.size(), Topics.TARGETS,
                (System.nanoTime() - started) / 1e9);
    }
}
