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
 * changed entities' series (or the entries they took), as immutable snapshots (the documents themselves are built on the writer's thread).
 */
final class FlushDocuments {

    private FlushDocuments() {
    }

    /**
     * What the changed entities' series store: the entries a series took, when few (a live flush: a small document
     * each, appended), else the whole series as it is now (a backlog's end, or a series with
     * {@value SeriesProgress#COMPACT_AFTER} entries appended since it was last written whole: a drill-down then
     * reads few entries beside it). The stored forms are built by the store writer.
     */
    static List<SeriesDocuments.Change> series(FigureEngine engine, Pending pending, SeriesProgress progress) {
        List<SeriesDocuments.Change> changes = new ArrayList<>();
        for (Pending.SeriesChange c : pending.series()) {
            String id = SeriesDocuments.id(c.group, c.entityId, c.indicator);
            if (!c.isWhole() && progress.appended(id, c.entries.size())) {
                changes.add(new SeriesDocuments.Appended(c.group, c.entityId, c.indicator, List.copyOf(c.periods),
                        List.copyOf(c.entries)));
                continue;
            }
            EntitySeries s = engine.series(c.group, c.entityId, c.indicator);
            if (s != null && !s.isEmpty()) {
                changes.add(SeriesDocuments.Snapshot.of(c.group, s));
                progress.writtenWhole(id);
            }
        }
        return changes;
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
