package io.pacer.aggregate.ranking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.pacer.aggregate.figure.EntitySeries;
import io.pacer.aggregate.figure.LedgerEntry;
import io.pacer.aggregate.figure.Percent;
import io.pacer.aggregate.figure.FigureEngine;
import io.pacer.aggregate.partition.Aggregator;
import io.pacer.aggregate.partition.StateNotHereException;
import io.pacer.aggregate.reference.ReferenceBook;
import io.pacer.events.Period;
import io.pacer.events.Region;
import io.pacer.events.ReportingEntity;
import io.pacer.support.web.ApiProblemException;
import io.pacer.support.web.FieldIssue;

import org.springframework.http.HttpStatus;

import org.springframework.stereotype.Component;

/**
 * The entities behind a region's figure, computed from the in-memory ledger state by the same rules as the
 * figure: each with its year-to-date, prior year-to-date, share of the region, whether its figure for exactly the
 * period came late (its latest one decides), and the submissions (with their revisions) that produced them. While that state is being replayed, or when another instance holds it, the answer
 * is 503 with Retry-After.
 */
@Component
class ContributorReader {

    private final Aggregator aggregator;
    private final ReferenceBook book;

    ContributorReader(Aggregator aggregator, ReferenceBook book) {
        this.aggregator = aggregator;
        this.book = book;
    }

    Views.Contributors contributors(String region, String indicator, Period period) {
        Set<String> leaves = book.leavesOf(region);
        Set<String> groups = new TreeSet<>();
        for (String leaf : leaves) {
            Region r = book.region(leaf);
            if (r != null && r.parentId() != null) {
                groups.add(r.parentId());
            }
        }
        try {
            return aggregator.read(groups, engine -> contributors(engine, leaves, region, indicator, period));
        } catch (StateNotHereException e) {
            throw new ApiProblemException(HttpStatus.SERVICE_UNAVAILABLE, "Contributors are not available here yet",
                    List.of(new FieldIssue("region", e.getMessage())), Map.of("Retry-After", "5"));
        }
    }

    private Views.Contributors contributors(FigureEngine engine, Set<String> leaves, String region,
            String indicator, Period period) {
        Map<String, EntitySeries> series = new TreeMap<>();
        for (String leaf : leaves) {
            engine.seriesIn(leaf, indicator).forEach(s -> series.put(s.entityId(), s));
        }
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
