package io.pacer.alert.rule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.pacer.events.Period;

/** The read model's contract in memory: the latest point per (region, indicator, month) wins. */
final class InMemoryFigures implements RegionFigures {

    private final Map<String, FigurePoint> points = new LinkedHashMap<>();
    private final Map<String, String> indicators = new LinkedHashMap<>();

    InMemoryFigures put(String indicator, FigurePoint point) {
        String key = point.regionId() + "|" + indicator + "|" + point.period();
        points.put(key, point);
        indicators.put(key, indicator);
        return this;
    }

    @Override
    public FigurePoint figure(String regionId, String indicator, Period period) {
        return points.get(regionId + "|" + indicator + "|" + period);
    }

    @Override
    public List<FigurePoint> children(String parentId, String indicator, Period period) {
        List<FigurePoint> found = new ArrayList<>();
        points.forEach((key, point) -> {
            if (parentId.equals(point.parentId()) && indicator.equals(indicators.get(key))
                    && period.equals(point.period())) {
                found.add(point);
            }
        });
        return found;
    }

    @Override
    public Optional<Period> latestReportedMonth(String regionId, String indicator, int year) {
        return points.entrySet().stream()
                .filter(e -> indicator.equals(indicators.get(e.getKey())))
                .map(Map.Entry::getValue)
                .filter(p -> p.regionId().equals(regionId) && p.period().year() == year && p.reported() > 0)
                .map(FigurePoint::period)
                .max(Comparator.naturalOrder());
    }
}
