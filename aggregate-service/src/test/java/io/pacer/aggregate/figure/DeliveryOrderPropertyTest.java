package io.pacer.aggregate.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;

import io.pacer.aggregate.reference.ReferenceBook;
import io.pacer.events.Period;
import io.pacer.events.RegionTotals;
import io.pacer.events.ReportingEntity;
import io.pacer.support.testing.References;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever order a partition's records arrive in, with redeliveries and duplicates, and wherever batches end, the
 * state equals that of one in-order pass: the ledger position decides which record of a key wins.
 */
class DeliveryOrderPropertyTest {

    record Rec(String parent, String entity, String indicator, Period period, LedgerEntry entry) {
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, Long.getLong("pacer.seeds", 60));
    }

    private static final String[][] ENTITIES = {
            {"e1", "T1"}, {"e2", "T1"}, {"e3", "T2"}, {"e4", "T2"}, {"e5", "T3"}, {"e6", "T4"}, {"e7", "T4"}};
    private static final String[] INDICATORS = {"revenue", "sales", "stock", "energy", "industry", "hightech"};

    private static List<Rec> ledger(Random random, ReferenceBook book) {
        List<Rec> ledger = new ArrayList<>();
        Map<String, long[]> offsets = Map.of("D1", new long[1], "D2", new long[1]);
        int size = 60 + random.nextInt(140);
        for (int i = 0; i < size; i++) {
            String[] entity = ENTITIES[random.nextInt(ENTITIES.length)];
            String indicator = INDICATORS[random.nextInt(INDICATORS.length)];
            // few keys, so revisions of one key are frequent
            Period period = new Period(2025 + random.nextInt(2), 1 + random.nextInt(5));
            String parent = book.region(entity[1]).parentId();
            String value = String.valueOf(random.nextInt(50)) + (random.nextBoolean() ? ".5" : "");
            String prior = random.nextInt(3) == 0 ? String.valueOf(random.nextInt(40)) : null;
            long position = ++offsets.get(parent)[0];
            ledger.add(new Rec(parent, entity[0], indicator, period, Mother.entry(position, entity[1],
                    book.indicator(indicator).basis(), value, prior)));
        }
        return ledger;
    }

    private static List<ReportingEntity> registrations() {
        List<ReportingEntity> entities = new ArrayList<>();
        for (int i = 0; i < ENTITIES.length - 1; i++) {
            entities.add(Mother.entity(ENTITIES[i][0], ENTITIES[i][1], "revenue", "sales", "hightech"));
        }
        return entities;
    }

    private static void apply(FigureEngine engine, Rec r) {
        engine.applyLedger(r.parent(), r.entity(), r.indicator(), r.period(), r.entry());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void applyingTheLedgerInAnyOrderWithDuplicatesGivesTheStateOfOneInOrderPass(long seed) {
        Random random = new Random(seed);
        ReferenceBook full = Mother.city();
        registrations().forEach(e -> References.put(full.replica(), e));
        List<Rec> ledger = ledger(random, full);

        FigureEngine inOrder = new FigureEngine(full);
        ledger.forEach(r -> apply(inOrder, r));
        List<RegionTotals> inOrderTotals = new ArrayList<>(inOrder.flush().totals());

        // shuffled, a third redelivered, batches of random length, registers arriving along the way
        ReferenceBook late = Mother.city();
        List<ReportingEntity> pending = new ArrayList<>(registrations());
        FigureEngine shuffled = new FigureEngine(late);
        List<Rec> deliveries = new ArrayList<>(ledger);
        for (Rec r : ledger) {
            if (random.nextInt(3) == 0) {
                deliveries.add(r);
            }
        }
        Collections.shuffle(deliveries, random);
        List<RegionTotals> shuffledTotals = new ArrayList<>();
        for (Rec r : deliveries) {
            apply(shuffled, r);
            if (random.nextInt(7) == 0) {
                shuffledTotals.addAll(shuffled.flush().totals());
            }
            if (!pending.isEmpty() && random.nextInt(10) == 0) {
                ReportingEntity e = pending.remove(0);
                References.put(late.replica(), e);
                shuffled.entityChanged(null, e);
            }
        }
        for (ReportingEntity e : pending) {
            References.put(late.replica(), e);
            shuffled.entityChanged(null, e);
        }
        shuffledTotals.addAll(shuffled.flush().totals());

        assertSameFigures(shuffled.figures(), inOrder.figures());
        assertThat(shuffled.publishedTotals()).isEqualTo(inOrder.publishedTotals());

        // the level above: the totals each run published, in the order published, give one city ranking
        assertSameFigures(upper(full, shuffledTotals, random, true), upper(full, inOrderTotals, random, false));
    }

    private static Map<String, RegionFigure> upper(ReferenceBook book, List<RegionTotals> published, Random random,
            boolean scramble) {
        List<long[]> positions = new ArrayList<>();
        List<RegionTotals> deliveries = new ArrayList<>();
        for (int i = 0; i < published.size(); i++) {
            deliveries.add(published.get(i));
            positions.add(new long[] {i + 1});
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < deliveries.size(); i++) {
            order.add(i);
            if (scramble && random.nextBoolean()) {
                order.add(i);
            }
        }
        if (scramble) {
            Collections.shuffle(order, random);
        }
        FigureEngine city = new FigureEngine(book);
        for (int i : order) {
            city.applyTotals(deliveries.get(i), positions.get(i)[0]);
            if (scramble && random.nextInt(5) == 0) {
                city.flush();
            }
        }
        city.flush();
        return city.figures();
    }

    private static void assertSameFigures(Map<String, RegionFigure> actual, Map<String, RegionFigure> expected) {
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        assertThat(expected).isNotEmpty();
        expected.forEach((key, figure) -> assertThat(actual.get(key).sameAs(figure))
                .as("%s: %s vs in order %s", key, actual.get(key), figure).isTrue());
    }
}
