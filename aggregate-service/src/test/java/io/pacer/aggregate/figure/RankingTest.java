package io.pacer.aggregate.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.pacer.events.Better;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RankingTest {

    /** "a=5 b=_ c=7" → ordered map of metrics. */
    private static Map<String, Double> metrics(String spec) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        for (String pair : spec.trim().split("\\s+")) {
            String[] kv = pair.split("=");
            metrics.put(kv[0], kv[1].equals("_") ? null : Double.valueOf(kv[1]));
        }
        return metrics;
    }

    private static String show(Map<String, Integer> ranks) {
        List<String> regions = new ArrayList<>(ranks.keySet());
        regions.sort(Ranking.displayOrder(ranks));
        StringBuilder out = new StringBuilder();
        for (String r : regions) {
            out.append(out.isEmpty() ? "" : " ").append(r).append('=')
                    .append(ranks.get(r) == null ? "_" : ranks.get(r));
        }
        return out.toString();
    }

    @ParameterizedTest(name = "{1}: {0} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            a=5 b=9 c=7              | HIGHER | b=1 c=2 a=3
            a=5 b=9 c=7              | LOWER  | a=1 c=2 b=3
            a=9 b=7 c=7 d=3          | HIGHER | a=1 b=2 c=2 d=4
            d=3 c=7 b=7 a=9          | HIGHER | a=1 b=2 c=2 d=4
            a=3 b=7 c=7 d=9          | LOWER  | a=1 b=2 c=2 d=4
            a=1 b=1 c=1              | HIGHER | a=1 b=1 c=1
            z=_ a=5 m=_ b=6          | HIGHER | b=1 a=2 m=_ z=_
            z=_ a=5 m=_ b=6          | LOWER  | a=1 b=2 m=_ z=_
            a=_ b=_                  | HIGHER | a=_ b=_
            a=-5 b=0 c=-1.5          | HIGHER | b=1 c=2 a=3
            a=-5 b=0 c=-1.5          | LOWER  | a=1 c=2 b=3
            """)
    void competitionRanksWithNullsLastAndTiesByRegionId(String spec, Better better, String expected) {
        assertThat(show(Ranking.rank(metrics(spec), better))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1} gives {2}")
    @CsvSource(nullValues = "_", value = {"3, 1, 2", "1, 3, -2", "2, 2, 0", "_, 1, _", "1, _, _", "_, _, _"})
    void rankChangeIsRankBeforeMinusRankNowAndNullWhenEitherIsNull(Integer before, Integer now, Integer change) {
        assertThat(Ranking.change(before, now)).isEqualTo(change);
    }

    @Test
    void ranksDecimalsByValueNotByScale() {
        Map<String, java.math.BigDecimal> metrics = new LinkedHashMap<>();
        metrics.put("a", new java.math.BigDecimal("1.50"));
        metrics.put("b", new java.math.BigDecimal("1.5"));
        metrics.put("c", new java.math.BigDecimal("2"));
        assertThat(show(Ranking.rank(metrics, Better.HIGHER))).isEqualTo("c=1 a=2 b=2");
    }
}
