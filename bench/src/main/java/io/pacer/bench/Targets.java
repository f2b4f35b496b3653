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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.pacer.events.Basis;

/**
 * The targets of the alert phases: one for every town × indicator × year of the ledger (and the current year, which
 * the latency phase submits into), set as a statistics office would, through alert-service's
 * {@code PUT /api/v1/targets/{year}/{regionId}/{indicator}} with the admin token. Each has an annual target (a
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

    /** PUTs every target from {@code threads} threads; a 503, 401 or dropped connection is tried again. */
    static void put(Http http, String alert, String adminToken, List<Target> targets, int threads, PrintStream out) {
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Http.Answer>> answers = new ArrayList<>();
            for (Target t : targets) {
                answers.add(pool.submit(() -> {
                    Http.Answer a = http.put(alert + t.path(), adminToken, t.body());
                    for (int attempt = 1; attempt < 30 && (a.status() == 0 || a.status() == 503 || a.status() == 401);
                            attempt++) {
                        Stack.sleep(1000);
                        a = http.put(alert + t.path(), adminToken, t.body());
                    }
                    return a;
                }));
            }
            for (int k = 0; k < answers.size(); k++) {
                Http.Answer a = answers.get(k).get();
                if (!a.ok()) {
                    throw new BenchException("PUT " + targets.get(k).path() + " answered " + a.status() + ": "
                            + a.body());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchException("interrupted");
        } catch (java.util.concurrent.ExecutionException e) {
            throw new BenchException("setting targets failed: " + e.getCause(), e);
        } finally {
            pool.shutdownNow();
        }
        out.printf("  set %,d targets in %.1f s%n", targets.size(), (System.nanoTime() - started) / 1e9);
    }
}
