package io.pacer.aggregate.ranking;

import java.util.Set;

import io.micrometer.core.annotation.Timed;
import io.pacer.aggregate.reference.ReferenceBook;
import io.pacer.events.Period;
import io.pacer.support.security.PacerPrincipal;
import io.pacer.support.web.ApiProblemException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Rankings, figures and the units behind them (REST contract v1, aggregate :8082). */
@RestController
@RequestMapping("/api/v1")
class RankingController {

    private static final Set<String> BY = Set.of("value", "growth", "share");

    private final FigureReader figures;
    private final ContributorReader contributors;
    private final ReferenceBook book;
    private final Access access;

    RankingController(FigureReader figures, ContributorReader contributors, ReferenceBook book, Access access) {
        this.figures = figures;
        this.contributors = contributors;
        this.book = book;
        this.access = access;
    }

    @GetMapping("/rankings")
    @Timed(value = "pacer.aggregate.rankings", description = "ranking reads")
    Views.Ranking rankings(@RequestParam String parent, @RequestParam String indicator, @RequestParam String period,
            @RequestParam(defaultValue = "value") String by, @AuthenticationPrincipal PacerPrincipal principal) {
        Period month = period(period);
        if (!BY.contains(by)) {
            throw ApiProblemException.badRequest("by", "by must be value, growth or share, was " + by);
        }
        known("parent", parent, indicator);
        access.checkRanking(principal, parent);
        return figures.ranking(parent, indicator, month, by);
    }

    @GetMapping("/figures")
    Views.Figure figure(@RequestParam String region, @RequestParam String indicator, @RequestParam String period,
            @AuthenticationPrincipal PacerPrincipal principal) {
        Period month = period(period);
        known("region", region, indicator);
        access.checkFigure(principal, region);
        return figures.figure(region, indicator, month);
    }

    @GetMapping("/figures/contributors")
    Views.Contributors contributors(@RequestParam String region, @RequestParam String indicator,
            @RequestParam String period, @AuthenticationPrincipal PacerPrincipal principal) {
        Period month = period(period);
        known("region", region, indicator);
        access.checkContributors(principal, region);
        return contributors.contributors(region, indicator, month);
    }

    private void known(String field, String region, String indicator) {
        if (book.region(region) == null) {
            throw ApiProblemException.notFound(field, "unknown region " + region);
        }
        if (book.indicator(indicator) == null) {
            throw ApiProblemException.notFound("indicator", "unknown indicator " + indicator);
        }
    }

    private static Period period(String text) {
        try {
            return Period.parse(text);
        } catch (IllegalArgumentException e) {
            throw ApiProblemException.badRequest("period", "period must be YYYY-MM, was " + text);
        }
    }
}
