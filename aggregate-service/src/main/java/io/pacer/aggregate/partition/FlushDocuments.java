package io.pacer.aggregate.partition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.pacer.aggregate.figure.EntitySeries;
import io.pacer.aggregate.figure.FigureEngine;
import io.pacer.aggregate.figure.Flush;
import io.pacer.aggregate.figure.RegionFigure;
import io.pacer.aggregate.store.Documents;
import io.pacer.aggregate.store.SeriesDocuments;

/**
 * What a partition's flush hands to the store writer, taken under the partition's lock: whole rankings and the
 * changed entities' series, as immutable snapshots (the documents themselves are built on the writer's thread).
 */
final class FlushDocuments {

    private FlushDocuments() {
    }

    /** The changed entities' series as they are now (the stored form is built by the store writer). */
    static List<SeriesDocuments.Snapshot> series(FigureEngine engine, Pending pending) {
        List<SeriesDocuments.Snapshot> snapshots = new ArrayList<>();
        for (Pending.SeriesKey k : pending.series()) {
            EntitySeries s = engine.series(k.group(), k.entityId(), k.indicator());
            if (s != null && !s.isEmpty()) {
                snapshots.add(SeriesDocuments.Snapshot.of(k.group(), s));
            }
        }
        return snapshots;
    }

    /** The rankings the flush's figures belong to, each whole (a ranking is stored as one document). */
    static List<Documents.Ranking> rankings(FigureEngine engine, Flush flush) {
        Map<String, Documents.Ranking> rankings = new LinkedHashMap<>();
        for (RegionFigure figure : flush.figures()) {
            String group = FigureEngine.groupOf(figure);
            String period = figure.period().toString();
            rankings.computeIfAbsent(Documents.rankingId(group, figure.indicator(), period), id -> new Documents
                    .Ranking(group, figure.indicator(), period, engine.ranking(group, figure.indicator(),
                            figure.period())));
        }
        return List.copyOf(rankings.values());
    }
}
