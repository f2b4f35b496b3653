package io.pacer.aggregate.ranking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.pacer.aggregate.figure.RegionFigure;
import io.pacer.aggregate.store.Documents;
import io.pacer.aggregate.store.FigureStore;
import io.pacer.aggregate.reference.ReferenceBook;
import io.pacer.events.Period;
import io.pacer.events.Ranks;
import io.pacer.events.Region;

import org.springframework.stereotype.Component;

/** Reads stored figures and fills in the regions that have none yet (no figure: nulls, no rank). */
@Component
class FigureReader {

    private final FigureStore store;
    private final ReferenceBook book;

    FigureReader(FigureStore store, ReferenceBook book) {
        this.store = store;
        this.book = book;
    }

    Views.Ranking ranking(String parent, String indicator, Period period, String by) {
        Map<String, RegionFigure> figures = new HashMap<>();
        for (var d : store.ranking(parent, indicator, period.toString())) {
            if (parent.equals(d.getString("parentId"))) {
                figures.put(d.getString("regionId"), Documents.figure(d));
            }
        }
        Set<String> children = new TreeSet<>(book.childrenOf(parent));
        children.addAll(figures.keySet());
        List<Views.Row> rows = new ArrayList<>();
        for (String child : children) {
            RegionFigure f = figures.getOrDefault(child, empty(child, parent, indicator, period));
            rows.add(new Views.Row(pick(f.rank(), by), pick(f.rankChange(), by), child, name(child), f.ytd(),
                    f.priorYtd(), f.growthPct(), f.sharePct(), f.reported(), f.expected(), f.late()));
        }
        rows.sort(Comparator.comparing(Views.Row::rank, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Views.Row::regionId));
        return new Views.Ranking(parent, indicator, period.toString(), by, rows);
    }

    Views.Figure figure(String region, String indicator, Period period) {
        Region known = book.region(region);
        String group = known == null || known.parentId() == null ? region : known.parentId();
        var d = store.figure(group, region, indicator, period.toString());
        RegionFigure f = d != null ? Documents.figure(d)
                : empty(region, known == null ? null : known.parentId(), indicator, period);
        return new Views.Figure(region, name(region), f.parentId(), indicator, period.toString(), f.ytd(),
                f.priorYtd(), f.growthPct(), f.sharePct(), f.reported(), f.expected(), f.late(), f.rank(),
                f.rankChange());
    }

    private RegionFigure empty(String region, String parent, String indicator, Period period) {
        return new RegionFigure(region, parent, indicator, period, null, null, null, null, 0,
                book.expectedInSubtree(region, indicator), Ranks.NONE, Ranks.NONE);
    }

    private String name(String region) {
        Region r = book.region(region);
        return r == null ? null : r.name();
    }

    private static Integer pick(Ranks ranks, String by) {
        return switch (by) {
            case "growth" -> ranks.growth();
            case "share" -> ranks.share();
            default -> ranks.value();
        };
    }
}
