package io.pacer.demo.data;

import static io.pacer.demo.data.DemoIndicators.ENERGY_USE;
import static io.pacer.demo.data.DemoIndicators.FISCAL_REVENUE;
import static io.pacer.demo.data.DemoIndicators.INDUSTRIAL_INVESTMENT;
import static io.pacer.demo.data.DemoIndicators.INDUSTRIAL_VA;
import static io.pacer.demo.data.DemoIndicators.LAND_DEVELOPED;
import static io.pacer.demo.data.DemoIndicators.PROJECTS_COMPLETED;
import static io.pacer.demo.data.DemoIndicators.PROJECTS_SIGNED;
import static io.pacer.demo.data.DemoIndicators.PROJECTS_STARTED;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

import io.pacer.demo.data.Docs.EntityDoc;
import io.pacer.demo.data.Docs.RegionDoc;
import io.pacer.demo.data.Docs.TargetBody;
import io.pacer.demo.data.Docs.TargetDoc;
import io.pacer.events.RegionLevel;

/**
 * The demo year's targets. The zone's come from the speech (20 starts, 12 completions on the LINEAR schedule,
 * 2,000 mu); every town of the demo district has a fiscal-revenue target (annual, on last year's curve for half of
 * them) and an industrial growth target, and every district a growth target, so all alert rules have work.
 */
final class DemoTargets {

    private final long seed;
    private final DemoCalendar calendar;
    private final DemoCity city;
    private final FigureGenerator figures;

    DemoTargets(long seed, DemoCalendar calendar, DemoCity city, FigureGenerator figures) {
        this.seed = seed;
        this.calendar = calendar;
        this.city = city;
        this.figures = figures;
    }

    List<TargetDoc> all() {
        List<TargetDoc> targets = new ArrayList<>();
        String zone = DemoCity.ZONE;
        targets.add(target(zone, FISCAL_REVENUE, 165_000, 30, "SEASONAL"));
        targets.add(target(zone, INDUSTRIAL_VA, null, 15, null));
        targets.add(target(zone, PROJECTS_SIGNED, 30, null, null));
        targets.add(target(zone, PROJECTS_STARTED, 20, null, null));
        targets.add(target(zone, PROJECTS_COMPLETED, 12, null, "LINEAR"));
        targets.add(target(zone, INDUSTRIAL_INVESTMENT, 180_000, null, null));
        targets.add(target(zone, LAND_DEVELOPED, 2_000, null, null));
        Random random = new Random(seed * 17 + 5);
        int i = 0;
        for (RegionDoc town : city.regions()) {
            if (town.level() != RegionLevel.TOWN || !DemoCity.isDemoDistrict(town.id()) || zone.equals(town.id())) {
                continue;
            }
            long annual = roundToHundred(lastYear(e -> e.regionId().equals(town.id()), FISCAL_REVENUE)
                    * (1.08 + 0.07 * random.nextDouble()));
            targets.add(target(town.id(), FISCAL_REVENUE, annual, 8, i++ % 2 == 0 ? "SEASONAL" : "LINEAR"));
            targets.add(target(town.id(), INDUSTRIAL_VA, null, 7, null));
        }
        long district = roundToHundred(lastYear(e -> DemoCity.isDemoDistrict(e.regionId()), FISCAL_REVENUE) * 1.12);
        targets.add(target(DemoCity.DISTRICT, FISCAL_REVENUE, district, 10, "SEASONAL"));
        targets.add(target(DemoCity.DISTRICT, INDUSTRIAL_VA, null, 10, null));
        targets.add(target(DemoCity.DISTRICT, ENERGY_USE, null, -3, null));
        for (RegionDoc other : city.regions()) {
            if (other.level() == RegionLevel.DISTRICT && !DemoCity.DISTRICT.equals(other.id())) {
                targets.add(target(other.id(), FISCAL_REVENUE, null, 8, null));
                targets.add(target(other.id(), INDUSTRIAL_VA, null, 7, null));
            }
        }
        return targets;
    }

    private double lastYear(Predicate<EntityDoc> which, String indicator) {
        return city.entities().stream().filter(e -> e.indicators().contains(indicator)).filter(which)
                .mapToDouble(e -> figures.ytd(e, indicator, calendar.demoYear() - 1, 12).doubleValue()).sum();
    }

    private TargetDoc target(String region, String indicator, Number annual, Number growthPct, String curve) {
        return new TargetDoc(calendar.demoYear(), region, indicator,
                new TargetBody(decimal(annual), decimal(growthPct), curve, null, null));
    }

    private static long roundToHundred(double value) {
        return BigDecimal.valueOf(value).setScale(-2, RoundingMode.HALF_UP).longValue();
    }

    private static BigDecimal decimal(Number n) {
        return n == null ? null : new BigDecimal(n.toString());
    }
}
