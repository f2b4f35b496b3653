package io.pacer.aggregate.ranking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import io.pacer.aggregate.figure.EntitySeries;
import io.pacer.aggregate.figure.LedgerEntry;
import io.pacer.aggregate.figure.Percent;
import io.pacer.aggregate.store.FigureStore;
import io.pacer.aggregate.store.SeriesDocuments;
import io.pacer.aggregate.reference.ReferenceBook;
import io.pacer.events.Period;
import io.pacer.events.Region;
import io.pacer.events.ReportingEntity;


import org.springframework.stereotype.Component;

/**
 * The entities behind a region's figure, computed from the stored series of its entities by the same rules as the
 * figure: each with its year-to-date, prior year-to-date, share of the region, whether its figure for exactly the
 * period came late (its latest one decides), and the submissions (with their revisions) that produced them. The
 * series are stored with the figures, so every instance answers, whichever owns the ledger partition.
 */
@Component
class ContributorReader {

    private final FigureStore store;
    private final ReferenceBook book;

    ContributorReader(FigureStore store, ReferenceBook book) {
        this.store = store;
        this.book = book;
    }

    Views.Contributors contributors(String region, String indicator, Period period) {
        Set<String> leaves = book.leavesOf(region);
        Map<String, EntitySeries> series = new TreeMap<>();
        store.forEachSeries(leaves, indicator, d -> {
            // a leaf's entities are those of its parent's ledger group, as the figure counts them
            Region leaf = book.region(d.getString("regionId"));
            if (leaf != null && Objects.equals(leaf.parentId(), d.getString("group"))) {
                EntitySeries s = SeriesDocuments.series(d);
                series.put(s.entityId(), s);
            }
        });
        int k = period.month() - 1;
        BigDecimal total = null;
        List<Views.Contributor> rows = new ArrayList<>();
        for (EntitySeries s : series.values()) {
            BigDecimal ytd = s.ytd(period.year())[k];
            BigDecimal prior = s.priorYtd(period.year())[k];
            if (ytd == null && prior == null) {
                continue;
            }
            total = ytd == null ? total : total == null ? ytd : total.add(ytd);
            ReportingEntity entity = book.entity(s.entityId());
            LedgerEntry figure = s.figure(period);
            rows.add(new Views.Contributor(s.entityId(), entity == null ? null : entity.name(), s.regionId(), ytd,
                    ytd == null ? null : prior, null, figure != null && figure.late(), submitted(s, period)));
        }
        BigDecimal regionYtd = total;
        List<Views.Contributor> withShare = rows.stream().map(c -> new Views.Contributor(c.entityId(),
                c.entityName(), c.regionId(), c.ytd(), c.priorYtd(), Percent.of(c.ytd(), regionYtd), c.late(),
                c.figures()))
                .sorted(Comparator.comparing(Views.Contributor::ytd, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(Views.Contributor::entityId))
                .toList();
        return new Views.Contributors(region, indicator, period.toString(), regionYtd, withShare);
    }

    /** The figures of months 1..m of the year and of the year before, each with its revisions. */
    private static List<Views.Submitted> submitted(EntitySeries s, Period period) {
        List<Views.Submitted> figures = new ArrayList<>();
        for (int year : new int[] {period.year() - 1, period.year()}) {
            for (int month = 1; month <= period.month(); month++) {
                Period p = new Period(year, month);
                LedgerEntry figure = s.figure(p);
                if (figure == null) {
                    continue;
                }
                List<Views.Revision> revisions = new ArrayList<>();
                for (LedgerEntry e : s.revisions(p)) {
                    revisions.add(new Views.Revision(e.submissionId(), e.value(), e.priorYearValue(), e.acceptedAt(),
                            e.late()));
                }
                figures.add(new Views.Submitted(p.toString(), figure.value(), figure.priorYearValue(),
                        figure.submissionId(), figure.acceptedAt(), figure.late(), revisions));
            }
        }
        return figures;
    }
}
