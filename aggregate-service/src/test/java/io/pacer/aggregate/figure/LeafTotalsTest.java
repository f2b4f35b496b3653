package io.pacer.aggregate.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import io.pacer.events.Basis;
import io.pacer.events.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The long sums must be the BigDecimal sums exactly, scale included: the published JSON shows the scale. */
class LeafTotalsTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void scaledSumsEqualBigDecimalSumsScaleIncluded(long seed) {
        Random rng = new Random(seed);
        Basis basis = Basis.values()[rng.nextInt(3)];
        Map<String, EntitySeries> byEntity = new HashMap<>();
        Set<String> expected = new LinkedHashSet<>();
        long position = 0;
        for (int e = 0; e < 1 + rng.nextInt(12); e++) {
            EntitySeries series = new EntitySeries("e" + e, "revenue");
            for (int year = 2025; year <= 2026; year++) {
                for (int month = 1; month <= 12; month++) {
                    if (rng.nextInt(4) == 0) {
                        continue;
                    }
                    series.apply(new Period(year, month), Mother.entry(++position, "T1", basis, value(rng),
                            rng.nextInt(3) == 0 ? value(rng) : null));
                }
            }
            byEntity.put(series.entityId(), series);
            if (rng.nextBoolean()) {
                expected.add(series.entityId());
            }
        }
        List<EntitySeries> series = new ArrayList<>(byEntity.values());
        Totals[] fast = LeafTotals.of(2026, series, expected, byEntity);
        int[] reported = new int[12];
        int[] late = new int[12];
        for (int k = 0; k < 12; k++) {
            reported[k] = fast[k].reported();
            late[k] = fast[k].late();
        }
        assertThat(fast).containsExactly(LeafTotals.exact(2026, series, reported, late, expected.size()));
    }

    @Test
    void aValueTooWideForALongIsSummedExactly() {
        EntitySeries wide = new EntitySeries("e1", "revenue");
        wide.apply(new Period(2026, 1), Mother.entry(1, "T1", Basis.MONTHLY, "98765432109876543210.5", null));
        wide.apply(new Period(2026, 2), Mother.entry(2, "T1", Basis.MONTHLY, "1.25", null));
        EntitySeries small = new EntitySeries("e2", "revenue");
        small.apply(new Period(2026, 1), Mother.entry(3, "T1", Basis.MONTHLY, "9223372036854775807", null));
        Totals[] totals = LeafTotals.of(2026, List.of(wide, small), Set.of(), Map.of());
        assertThat(totals[0].ytd()).isEqualTo(new BigDecimal("107988804146731319017.5"));
        assertThat(totals[1].ytd()).isEqualTo(new BigDecimal("107988804146731319018.75"));
    }

    @Test
    void sumsThatOverflowALongAreSummedExactly() {
        EntitySeries a = new EntitySeries("e1", "revenue");
        a.apply(new Period(2026, 1), Mother.entry(1, "T1", Basis.STOCK, "900000000000000000", null));
        EntitySeries b = new EntitySeries("e2", "revenue");
        b.apply(new Period(2026, 1), Mother.entry(2, "T1", Basis.STOCK, "0.000000000000000001", null));
        Totals[] totals = LeafTotals.of(2026, List.of(a, b), Set.of(), Map.of());
        assertThat(totals[0].ytd()).isEqualTo(new BigDecimal("900000000000000000.000000000000000001"));
    }

    /** Scales 0..4, sometimes negative, sometimes trailing zeros ("2.50"). */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {21, 22, 23, 24, 25, 26})
    void slicesSummedApartAndKeptAcrossChangesGiveTheOnePassTotals(long seed) {
        Random rng = new Random(seed);
        Basis basis = Basis.values()[rng.nextInt(3)];
        Map<String, EntitySeries> byEntity = new HashMap<>();
        Set<String> expected = new LinkedHashSet<>();
        long[] position = {0};
        for (int e = 0; e < 40; e++) {
            EntitySeries series = new EntitySeries("e" + e, "revenue");
            for (int month = 1; month <= 12; month++) {
                if (rng.nextInt(3) > 0) {
                    series.apply(new Period(2025 + rng.nextInt(2), month), Mother.entry(++position[0], "T1", basis,
                            value(rng), rng.nextInt(3) == 0 ? value(rng) : null));
                }
            }
            byEntity.put(series.entityId(), series);
            if (rng.nextInt(4) > 0) {
                expected.add(series.entityId());
            }
        }
        EntitySeries[][] members = LeafTotals.sliced(byEntity.values());
        LeafTotals.Slices kept = new LeafTotals.Slices();
        for (int round = 0; round < 20; round++) {
            // resolved anew now and then, as after a registration: every slice is counted again then
            EntitySeries[][] reporting = LeafTotals.sliced(LeafTotals.reporting(expected, byEntity));
            Totals[] sliced = LeafTotals.of(2026, members, expected.size(), reporting, kept);
            assertThat(sliced).as("round %d", round).containsExactly(
                    LeafTotals.of(2026, new ArrayList<>(byEntity.values()), expected, byEntity));
            // a flush's worth of changes: a few entities get a new or revised month, their slices are dropped
            for (int change = 0; change < 1 + rng.nextInt(3); change++) {
                EntitySeries series = byEntity.get("e" + rng.nextInt(40));
                series.apply(new Period(2025 + rng.nextInt(2), 1 + rng.nextInt(12)), Mother.entry(++position[0],
                        "T1", basis, value(rng), null));
                kept.changed(series.entityId());
            }
            if (rng.nextInt(4) == 0) {
                String someone = "e" + rng.nextInt(40);
                if (!expected.remove(someone)) {
                    expected.add(someone);
                }
            }
        }
    }

    @Test
    void aSliceKeptIsNotCountedAgainUntilItsEntityChanges() {
        EntitySeries a = new EntitySeries("e1", "revenue");
        a.apply(new Period(2026, 1), Mother.entry(1, "T1", Basis.MONTHLY, "5", null));
        EntitySeries[][] members = LeafTotals.sliced(List.of(a));
        LeafTotals.Slices kept = new LeafTotals.Slices();
        assertThat(LeafTotals.of(2026, members, 1, members, kept)[1].reported()).isZero();
        a.apply(new Period(2026, 2), Mother.entry(2, "T1", Basis.MONTHLY, "7", null));
        // nobody said e1 changed: what was kept stands (this is what the engine's invalidation is for)
        assertThat(LeafTotals.of(2026, members, 1, members, kept)[1].reported()).isZero();
        kept.changed("e1");
        Totals february = LeafTotals.of(2026, members, 1, members, kept)[1];
        assertThat(february.reported()).isEqualTo(1);
        assertThat(february.ytdSum()).isEqualTo(new BigDecimal("12"));
    }

    private static String value(Random rng) {
        BigDecimal v = BigDecimal.valueOf(rng.nextInt(2_000_000) - 200_000, rng.nextInt(5));
        return rng.nextInt(5) == 0 ? v.setScale(v.scale() + 1).toPlainString() : v.toPlainString();
    }
}
