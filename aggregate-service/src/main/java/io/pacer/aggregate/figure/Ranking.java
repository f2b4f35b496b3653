package io.pacer.aggregate.figure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.pacer.events.Better;

/**
 * Competition ranking (1, 2, 2, 4): descending when higher is better, ascending when lower is; a null metric
 * has no rank.
 */
public final class Ranking {

    private Ranking() {
    }

    public static <T extends Comparable<? super T>> Map<String, Integer> rank(Map<String, T> metrics,
            Better better) {
        Comparator<T> order = better == Better.LOWER ? Comparator.naturalOrder() : Comparator.reverseOrder();
        List<Map.Entry<String, T>> ranked = new ArrayList<>();
        Map<String, Integer> ranks = new HashMap<>();
        metrics.forEach((region, metric) -> {
            if (metric == null) {
                ranks.put(region, null);
            } else {
                ranked.add(Map.entry(region, metric));
            }
        });
        ranked.sort((a, b) -> order.compare(a.getValue(), b.getValue()));
        for (int i = 0; i < ranked.size(); i++) {
            boolean tiesPrevious = i > 0 && order.compare(ranked.get(i - 1).getValue(), ranked.get(i).getValue()) == 0;
            int rank = tiesPrevious ? ranks.get(ranked.get(i - 1).getKey()) : i + 1;
            ranks.put(ranked.get(i).getKey(), rank);
        }
        return ranks;
    }

    /** rank before − rank now: positive means moved up; null when either is null. */
    public static Integer change(Integer before, Integer now) {
        return before == null || now == null ? null : before - now;
    }

    /** Display order: by rank, unranked last, ties and unranked by region id. */
    public static Comparator<String> displayOrder(Map<String, Integer> ranks) {
        return Comparator.<String, Integer>comparing(ranks::get, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Comparator.naturalOrder());
    }
}
