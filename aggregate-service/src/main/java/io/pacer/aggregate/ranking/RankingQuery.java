package io.pacer.aggregate.ranking;

import java.util.Set;

import io.pacer.aggregate.reference.ReferenceBook;
import io.pacer.events.Period;
import io.pacer.support.security.PacerPrincipal;
import io.pacer.support.web.ApiProblemException;

import org.springframework.stereotype.Component;

/**
 * The checks every read makes (period, known region and indicator, the token's access) and the ranking read itself,
 * shared by the JSON endpoints and the exports so that both answer by the same rules.
 */
@Component
class RankingQuery {

    private static final Set<String> BY = Set.of("value", "growth", "share");

    private final FigureReader figures;
    private final ReferenceBook book;
    private final Access access;

    RankingQuery(FigureReader figures, ReferenceBook book, Access access) {
        this.figures = figures;
        this.book = book;
        this.access = access;
    }

    Views.Ranking ranking(String parent, String indicator, String period, String by, PacerPrincipal principal) {
        Period month = period(period);
        if (!BY.contains(by)) {
            throw ApiProblemException.badRequest("by", "by must be value, growth or share, was " + by);
        }
        known("parent", parent, indicator);
        access.checkRanking(principal, parent);
        return figures.ranking(parent, indicator, month, by);
    }

    void known(String field, String region, String indicator) {
        if (book.region(region) == null) {
            throw ApiProblemException.notFound(field, "unknown region " + region);
        }
        if (book.indicator(indicator) == null) {
            throw ApiProblemException.notFound("indicator", "unknown indicator " + indicator);
        }
    }

    static Period period(String text) {
        try {
            return Period.parse(text);
        } catch (IllegalArgumentException e) {
            throw ApiProblemException.badRequest("period", "period must be YYYY-MM, was " + text);
        }
    }
}
