package io.pacer.ingest.project;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

import io.pacer.events.Period;
import io.pacer.ingest.submission.EntityFigures;
import org.springframework.stereotype.Component;

/**
 * What the ledger holds of each derived entity's counts, per indicator and month, so a recount publishes only what
 * changed. A region's counts are read once per start from ingest's record of the latest figures (the collection the
 * ledger consumer keeps), then kept up to date by what this instance publishes. If that record lags the ledger, a
 * count is published again: harmless, the same value. Used under {@link DerivedLedger}'s lock only.
 */
@Component
class PublishedCounts {

    /** A month's count as published: value and prior-year value, compared numerically. */
    record Value(BigDecimal value, BigDecimal priorYearValue) {

        static Value of(ProjectCounts.Figure f) {
            return new Value(f.value(), f.priorYearValue());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Value v && same(value, v.value) && same(priorYearValue, v.priorYearValue);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(normal(value), normal(priorYearValue));
        }

        private static BigDecimal normal(BigDecimal v) {
            return v == null ? null : v.stripTrailingZeros();
        }

        private static boolean same(BigDecimal a, BigDecimal b) {
            return a == null ? b == null : b != null && a.compareTo(b) == 0;
        }
    }

    private final EntityFigures figures;
    private final Map<String, Map<String, Value>> byEntity = new HashMap<>();

    PublishedCounts(EntityFigures figures) {
        this.figures = figures;
    }

    static String key(ProjectCounts.Figure f) {
        return EntityFigures.key(f.indicator(), f.period());
    }

    /** The held counts of {@code entityId}, read from MongoDB for {@code oldestYear} … {@code now} on first use. */
    Map<String, Value> of(String entityId, int oldestYear, YearMonth now) {
        return byEntity.computeIfAbsent(entityId, id -> {
            List<Period> periods = new ArrayList<>();
            for (YearMonth m = YearMonth.of(oldestYear, 1); !m.isAfter(now); m = m.plusMonths(1)) {
                periods.add(Period.of(m));
            }
            Map<String, Value> held = new HashMap<>();
            figures.of(id, ProjectCounts.INDICATORS, periods)
                    .forEach((key, r) -> held.put(key, new Value(r.value(), r.priorYearValue())));
            return held;
        });
    }

    void put(String entityId, Collection<ProjectCounts.Figure> published) {
        Map<String, Value> held = byEntity.computeIfAbsent(entityId, id -> new HashMap<>());
        published.forEach(f -> held.put(key(f), Value.of(f)));
    }

    /** The regions whose derived entity has counts held here. */
    Set<String> regions() {
        Set<String> regions = new java.util.HashSet<>();
        byEntity.forEach((entityId, held) -> {
            if (!held.isEmpty()) {
                regions.add(entityId.substring(DerivedEntity.PREFIX.length()));
            }
        });
        return regions;
    }

    /** The earliest year among the held counts. */
    static OptionalInt firstYear(Map<String, Value> held) {
        return held.keySet().stream().mapToInt(k -> Integer.parseInt(k.substring(k.indexOf('|') + 1, k.indexOf('|') + 5)))
                .min();
    }
}
