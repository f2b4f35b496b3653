package io.pacer.aggregate.ranking;

import io.micrometer.core.annotation.Timed;
import io.pacer.events.Period;
import io.pacer.support.security.PacerPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Rankings, figures and the units behind them (REST contract v1, aggregate :8082). */
@RestController
@RequestMapping("/api/v1")
class RankingController {

    private final RankingQuery query;
    private final FigureReader figures;
    private final ContributorReader contributors;
    private final Access access;

    RankingController(RankingQuery query, FigureReader figures, ContributorReader contributors, Access access) {
        this.query = query;
        this.figures = figures;
        this.contributors = contributors;
        this.access = access;
    }

    @GetMapping("/rankings")
    @Timed(value = "pacer.aggregate.rankings", description = "ranking reads")
    Views.Ranking rankings(@RequestParam String parent, @RequestParam String indicator, @RequestParam String period,
            @RequestParam(defaultValue = "value") String by, @AuthenticationPrincipal PacerPrincipal principal) {
        return query.ranking(parent, indicator, period, by, principal);
    }

    @GetMapping("/figures")
    Views.Figure figure(@RequestParam String region, @RequestParam String indicator, @RequestParam String period,
            @AuthenticationPrincipal PacerPrincipal principal) {
        Period month = RankingQuery.period(period);
        query.known("region", region, indicator);
        access.checkFigure(principal, region);
        return figures.figure(region, indicator, month);
    }

    @GetMapping("/figures/contributors")
    Views.Contributors contributors(@RequestParam String region, @RequestParam String indicator,
            @RequestParam String period, @AuthenticationPrincipal PacerPrincipal principal) {
        Period month = RankingQuery.period(period);
        query.known("region", region, indicator);
        access.checkContributors(principal, region);
        return contributors.contributors(region, indicator, month);
    }
}
