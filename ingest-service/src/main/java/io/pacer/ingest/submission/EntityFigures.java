package io.pacer.ingest.submission;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import io.pacer.events.Period;
import org.springframework.stereotype.Component;

/**
 * What an entity reported last for some indicators and periods, for the reporters' form and template: the value
 * and prior-year value accepted last per (indicator, period), read in one query.
 */
@Component
public class EntityFigures {

    /** A figure as it was accepted last; {@code priorYearValue} may be null. */
    public record Reported(BigDecimal value, BigDecimal priorYearValue) {
    }

    private final LatestFigures figures;

    EntityFigures(LatestFigures figures) {
        this.figures = figures;
    }

    /** The figures found, keyed by {@link #key(String, Period)}. */
    public Map<String, Reported> of(String entityId, Collection<String> indicators, Collection<Period> periods) {
        Map<String, String> ours = new HashMap<>();
        for (String indicator : indicators) {
            for (Period period : periods) {
                ours.put(LatestFigures.key(entityId, indicator, period.toString()), key(indicator, period));
            }
        }
        Map<String, Reported> found = new HashMap<>();
        figures.find(ours.keySet()).forEach((stored, r) -> found.put(ours.get(stored),
                new Reported(r.value(), r.priorYearValue())));
        return found;
    }

    public static String key(String indicator, Period period) {
        return indicator + "|" + period;
    }
}
