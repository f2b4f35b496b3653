package io.pacer.alert.analysis;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import io.pacer.alert.figure.FigureReplica;
import io.pacer.alert.lifecycle.Alert;
import io.pacer.alert.lifecycle.AlertEvaluator;
import io.pacer.alert.lifecycle.AlertStore;
import io.pacer.alert.reference.ReferenceData;
import io.pacer.alert.rule.AlertValues;
import io.pacer.alert.rule.FigurePoint;
import io.pacer.events.AlertRule;
import io.pacer.events.AlertState;
import io.pacer.events.Better;
import io.pacer.events.Indicator;
import io.pacer.events.Period;
import io.pacer.events.Severity;

/**
 * Reads what the bulletin of a parent's children at one month says, per indicator with figures there: leaders by
 * growth and by share (best by the indicator's direction; every child on a tie), the children with a firing RED
 * alert of that year judged at or before the month, and growth rank changes of 2 or more places either way.
 */
@Component
class Analyst {

    static final int RANK_CHANGE = 2;

    private final FigureReplica figures;
    private final ReferenceData reference;
    private final AlertStore alerts;
    private final AlertEvaluator evaluator;

    Analyst(FigureReplica figures, ReferenceData reference, AlertStore alerts, AlertEvaluator evaluator) {
        this.figures = figures;
        this.reference = reference;
        this.alerts = alerts;
        this.evaluator = evaluator;
    }

    List<Findings> findings(String parentId, Period period) {
        Map<Indicator, List<FigurePoint>> byIndicator = new LinkedHashMap<>();
        figures.read(book -> {
            reference.indicators().forEach(i -> {
                List<FigurePoint> children = book.children(parentId, i.code(), period);
                if (!children.isEmpty()) {
                    byIndicator.put(i, children);
                }
            });
            return null;
        });
        Set<String> children = byIndicator.values().stream().flatMap(List::stream).map(FigurePoint::regionId)
                .collect(Collectors.toSet());
        List<Alert> red = redAlerts(children, period);
        List<Findings> found = new ArrayList<>();
        byIndicator.forEach((indicator, points) -> found.add(findings(indicator, points, red)));
        return found;
    }

    private List<Alert> redAlerts(Set<String> regions, Period period) {
        if (regions.isEmpty()) {
            return List.of();
        }
        evaluator.flushReadings();
        return alerts.search(and(eq("state", AlertState.FIRING.name()), eq("severity", Severity.RED.name()),
                eq("year", period.year()), in("regionId", regions))).stream()
                .filter(a -> a.period() != null && a.period().compareTo(period) <= 0).toList();
    }

    private static Findings findings(Indicator indicator, List<FigurePoint> points, List<Alert> red) {
        boolean lower = indicator.better() == Better.LOWER;
        List<Findings.Mark> byGrowth = ranked(points, FigurePoint::growthPct, lower);
        List<Findings.Mark> byShare = ranked(points, FigurePoint::sharePct, lower);
        Map<String, List<AlertRule>> rules = new LinkedHashMap<>();
        red.stream().filter(a -> a.fingerprint().indicator().equals(indicator.code()))
                .sorted(Comparator.comparing((Alert a) -> a.fingerprint().regionId())
                        .thenComparing(a -> a.fingerprint().rule()))
                .forEach(a -> rules.computeIfAbsent(a.fingerprint().regionId(), r -> new ArrayList<>())
                        .add(a.fingerprint().rule()));
        List<Findings.Red> reds = rules.entrySet().stream().map(e -> new Findings.Red(e.getKey(), e.getValue()))
                .toList();
        List<Findings.Mark> changes = points.stream()
                .filter(p -> p.growthRankChange() != null && Math.abs(p.growthRankChange()) >= RANK_CHANGE)
                .sorted(Comparator.comparing((FigurePoint p) -> -p.growthRankChange())
                        .thenComparing(FigurePoint::regionId))
                .map(p -> new Findings.Mark(p.regionId(), BigDecimal.valueOf(p.growthRankChange()))).toList();
        return new Findings(indicator, leaders(byGrowth), leaders(byShare), reds, changes, byGrowth);
    }

    /** The children with the metric, best first (descending, or ascending where lower is better), ties by id. */
    private static List<Findings.Mark> ranked(List<FigurePoint> points, Function<FigurePoint, Double> metric,
            boolean lower) {
        Comparator<Findings.Mark> byValue = Comparator.comparing(Findings.Mark::value);
        return points.stream().filter(p -> metric.apply(p) != null)
                .map(p -> new Findings.Mark(p.regionId(), AlertValues.decimal(metric.apply(p))))
                .sorted((lower ? byValue : byValue.reversed()).thenComparing(Findings.Mark::regionId)).toList();
    }

    private static List<Findings.Mark> leaders(List<Findings.Mark> ranked) {
        return ranked.stream().filter(m -> m.value().compareTo(ranked.get(0).value()) == 0).toList();
    }
}
