package io.pacer.demo.data;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.pacer.demo.data.Docs.EntityDoc;
import io.pacer.demo.data.Docs.FigureDoc;
import io.pacer.demo.data.Docs.IndicatorDoc;
import io.pacer.demo.data.Docs.RegionDoc;
import io.pacer.demo.data.Docs.SubmissionDoc;
import io.pacer.events.Basis;
import io.pacer.events.Period;

/**
 * DESIGN.md's domain rules, re-derived here from the generated submissions alone (independently of the services'
 * code): the later figure wins, the prior series is last year's own figures restated by priorYearValue, the
 * year-to-date per basis, and region figures over the comparable set.
 */
final class LedgerRules {

    record Figure(BigDecimal ytd, BigDecimal priorYtd, Double growthPct, Double sharePct) {
    }

    private record Key(String entityId, String indicator, Period period) {
    }

    private final Map<Key, FigureDoc> figures = new HashMap<>();
    private final Map<String, RegionDoc> regions = new HashMap<>();
    private final Map<String, IndicatorDoc> indicators = new HashMap<>();
    private final List<EntityDoc> entities;

    LedgerRules(DemoData data) {
        data.reference().regions().forEach(r -> regions.put(r.id(), r));
        data.reference().indicators().forEach(i -> indicators.put(i.code(), i));
        entities = data.reference().entities();
        for (List<SubmissionDoc> list : data.submissionsByEntity().values()) {
            for (SubmissionDoc s : list) {
                for (FigureDoc f : s.figures()) {
                    figures.put(new Key(s.entityId(), f.indicator(), Period.parse(s.period())), f);
                }
            }
        }
    }

    BigDecimal ytd(String entity, String indicator, int year, int month) {
        return yearToDate(indicator, m -> value(entity, indicator, new Period(year, m)), month);
    }

    BigDecimal priorYtd(String entity, String indicator, int year, int month) {
        return yearToDate(indicator, m -> {
            FigureDoc current = figures.get(new Key(entity, indicator, new Period(year, m)));
            if (current != null && current.priorYearValue() != null) {
                return current.priorYearValue();
            }
            return value(entity, indicator, new Period(year - 1, m));
        }, month);
    }

    private BigDecimal value(String entity, String indicator, Period period) {
        FigureDoc f = figures.get(new Key(entity, indicator, period));
        return f == null ? null : f.value();
    }

    private BigDecimal yearToDate(String indicator, java.util.function.IntFunction<BigDecimal> series, int month) {
        BigDecimal result = null;
        for (int m = 1; m <= month; m++) {
            BigDecimal v = series.apply(m);
            if (v == null) {
                continue;
            }
            boolean flow = indicators.get(indicator).basis() == Basis.MONTHLY;
            result = flow && result != null ? result.add(v) : v;
        }
        return result;
    }

    Figure region(String region, String indicator, Period p) {
        BigDecimal ytd = sumYtd(region, indicator, p);
        BigDecimal comparableYtd = null;
        BigDecimal comparablePrior = null;
        for (EntityDoc e : entitiesUnder(region, indicator)) {
            BigDecimal y = ytd(e.id(), indicator, p.year(), p.month());
            BigDecimal prior = priorYtd(e.id(), indicator, p.year(), p.month());
            if (y != null && prior != null) {
                comparableYtd = comparableYtd == null ? y : comparableYtd.add(y);
                comparablePrior = comparablePrior == null ? prior : comparablePrior.add(prior);
            }
        }
        Double growth = comparablePrior == null || comparablePrior.signum() == 0 ? null
                : percent(comparableYtd.subtract(comparablePrior), comparablePrior);
        String shareOf = indicators.get(indicator).shareOf();
        BigDecimal denominator = shareOf != null ? sumYtd(region, shareOf, p) : parentTotal(region, indicator, p);
        Double share = ytd == null || denominator == null || denominator.signum() == 0 ? null
                : percent(ytd, denominator);
        return new Figure(ytd, comparablePrior, growth, share);
    }

    private BigDecimal parentTotal(String region, String indicator, Period p) {
        String parent = regions.get(region).parentId();
        BigDecimal total = null;
        for (String child : children(parent)) {
            BigDecimal y = sumYtd(child, indicator, p);
            total = y == null ? total : total == null ? y : total.add(y);
        }
        return total;
    }

    private BigDecimal sumYtd(String region, String indicator, Period p) {
        BigDecimal total = null;
        for (EntityDoc e : entitiesUnder(region, indicator)) {
            BigDecimal y = ytd(e.id(), indicator, p.year(), p.month());
            total = y == null ? total : total == null ? y : total.add(y);
        }
        return total;
    }

    Set<String> children(String parent) {
        Set<String> children = new TreeSet<>();
        regions.values().stream().filter(r -> parent.equals(r.parentId())).forEach(r -> children.add(r.id()));
        return children;
    }

    private List<EntityDoc> entitiesUnder(String region, String indicator) {
        return entities.stream().filter(e -> e.indicators().contains(indicator))
                .filter(e -> within(e.regionId(), region)).toList();
    }

    private boolean within(String region, String ancestor) {
        for (String r = region; r != null; r = regions.get(r).parentId()) {
            if (r.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    private static double percent(BigDecimal part, BigDecimal whole) {
        return part.divide(whole, MathContext.DECIMAL64).doubleValue() * 100;
    }
}
