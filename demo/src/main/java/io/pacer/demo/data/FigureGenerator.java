package io.pacer.demo.data;

import static io.pacer.demo.data.DemoIndicators.ENERGY_USE;
import static io.pacer.demo.data.DemoIndicators.EQUIPMENT_VA;
import static io.pacer.demo.data.DemoIndicators.HIGHTECH_VA;
import static io.pacer.demo.data.DemoIndicators.INDUSTRIAL_VA;
import static io.pacer.demo.data.DemoIndicators.SEI_VA;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Random;

import io.pacer.demo.data.Docs.EntityDoc;

/**
 * Year-to-date figures for every unit and indicator from the seed. Each town draws a growth rate and a size; the
 * High-tech Zone is the largest and fastest-growing town of its district with the highest shares of equipment,
 * high-tech and strategic-emerging value added (so it leads on share and growth, as the speech says), and its
 * departments' figures come from {@link ZoneFigures}.
 */
final class FigureGenerator {

    /** Annual D−1 totals per unit for a town of size 1. */
    private static final Map<String, Double> BASE = Map.ofEntries(
            Map.entry(DemoIndicators.FISCAL_REVENUE, 120_000.0),
            Map.entry(INDUSTRIAL_VA, 30_000.0),
            Map.entry(DemoIndicators.PROJECTS_SIGNED, 24.0),
            Map.entry(DemoIndicators.PROJECTS_STARTED, 12.0),
            Map.entry(DemoIndicators.PROJECTS_COMPLETED, 8.0),
            Map.entry(DemoIndicators.INDUSTRIAL_INVESTMENT, 150_000.0),
            Map.entry(DemoIndicators.LAND_DEVELOPED, 1_200.0),
            Map.entry(DemoIndicators.ISSUES_RESOLVED, 60.0));

    /** The zone's share of industrial VA and growth for the three shareOf indicators; others stay below. */
    private static final Map<String, double[]> ZONE_VA = Map.of(
            EQUIPMENT_VA, new double[] {0.55, 0.32},
            HIGHTECH_VA, new double[] {0.62, 0.35},
            SEI_VA, new double[] {0.48, 0.30});
    private static final double ZONE_GROWTH = 0.28;

    private final long seed;
    private final int demoYear;

    FigureGenerator(long seed, int demoYear) {
        this.seed = seed;
        this.demoYear = demoYear;
    }

    BigDecimal ytd(EntityDoc entity, String indicator, int year, int month) {
        if (DemoCity.ZONE.equals(entity.regionId()) && ZoneFigures.covers(indicator)) {
            return ZoneFigures.ytd(indicator, year, month, demoYear);
        }
        return profile(entity, indicator).ytd(year, month, demoYear);
    }

    EntityProfile profile(EntityDoc entity, String indicator) {
        boolean zone = DemoCity.ZONE.equals(entity.regionId());
        Random town = new Random(seed * 31 + entity.regionId().hashCode());
        double townGrowth = zone ? ZONE_GROWTH : -0.08 + 0.24 * town.nextDouble();
        double size = zone ? 1.0
                : DemoCity.isDemoDistrict(entity.regionId()) ? 0.25 + 0.45 * town.nextDouble()
                        : 0.9 + 1.1 * town.nextDouble();
        Random unit = new Random(seed * 1_000_003L + entity.id().hashCode());
        double unitSize = zone ? 0.95 + 0.1 * unit.nextDouble() : 0.8 + 0.4 * unit.nextDouble();
        double unitGrowth = townGrowth - 0.04 + 0.08 * unit.nextDouble();
        double priorGrowth = -0.05 + 0.2 * unit.nextDouble();
        long shapeSeed = unit.nextLong();
        Random own = new Random(seed * 7919 + (entity.id() + "/" + indicator).hashCode());
        double industrial = BASE.get(INDUSTRIAL_VA) * size * unitSize;
        return switch (indicator) {
            case INDUSTRIAL_VA -> money(industrial, zone ? ZONE_GROWTH : unitGrowth, priorGrowth, zone, shapeSeed);
            case EQUIPMENT_VA, HIGHTECH_VA, SEI_VA -> {
                double[] zoneVa = ZONE_VA.get(indicator);
                double share = zone ? zoneVa[0] : 0.10 + 0.30 * own.nextDouble();
                double growth = zone ? zoneVa[1] : unitGrowth - 0.03 + 0.08 * own.nextDouble();
                // the zone's VA indicators share industrial VA's monthly shape, so its shares hold every month
                long shape = own.nextLong();
                yield money(industrial * share, growth, priorGrowth, zone, zone ? shapeSeed : shape);
            }
            case ENERGY_USE -> money(industrial * (0.35 + 0.25 * own.nextDouble()),
                    zone ? 0.05 : unitGrowth * 0.5 - 0.04 + 0.08 * own.nextDouble(), priorGrowth, zone, shapeSeed);
            case DemoIndicators.FISCAL_REVENUE, DemoIndicators.INDUSTRIAL_INVESTMENT ->
                money(BASE.get(indicator) * size * unitSize, unitGrowth, priorGrowth, zone, own.nextLong());
            default -> new EntityProfile(Math.max(2, Math.round(BASE.get(indicator) * size * unitSize)),
                    -0.25 + 0.6 * own.nextDouble(), priorGrowth, true, false, own.nextLong());
        };
    }

    private static EntityProfile money(double annual, double growth, double priorGrowth, boolean steady, long seed) {
        return new EntityProfile(annual, growth, priorGrowth, false, steady, seed);
    }
}
