package io.pacer.alert.forecast;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.pacer.alert.figure.FigureBook;
import io.pacer.alert.figure.FigureReplica;
import io.pacer.alert.rule.FigurePoint;
import io.pacer.alert.rule.Forecast;
import io.pacer.alert.rule.YearEndForecast;
import io.pacer.alert.target.Target;
import io.pacer.alert.target.TargetBook;
import io.pacer.alert.target.TargetKey;
import io.pacer.events.Basis;
import io.pacer.events.Period;

/**
 * Forecasts from the figures held in memory: m is the latest month of the year with a reported figure (as the
 * rules take it), ytd(Y−1, m) and ytd(Y−1, 12) are last year's figures of the same region in the book. They are
 * read from the {@link FigureReplica}, which holds every region's figures on every instance.
 */
@Component
public class Forecasts {

    private static final int FIRST_YEAR = 1000;

    private final FigureReplica figures;
    private final TargetBook targets;

    Forecasts(FigureReplica figures, TargetBook targets) {
        this.figures = figures;
        this.targets = targets;
    }

    /** The forecast of one region, or empty when it has no figure in the year. */
    public Optional<Forecast> of(String regionId, String indicator, Basis basis, int year) {
        return Optional.ofNullable(figures.read(book -> read(book, regionId, indicator, basis, year)));
    }

    /** The forecasts of the regions that had a figure as a child of {@code parentId}, by region id. */
    public List<RegionForecast> children(String parentId, String indicator, Basis basis, int year) {
        return figures.read(book -> {
            List<RegionForecast> found = new ArrayList<>();
            for (String child : book.childrenOf(parentId, indicator)) {
                Forecast forecast = read(book, child, indicator, basis, year);
                FigurePoint point = forecast == null ? null : book.figure(child, indicator, forecast.month());
                if (point != null && parentId.equals(point.parentId())) {
                    found.add(new RegionForecast(child, indicator, year, forecast));
                }
            }
            return found;
        });
    }

    private Forecast read(FigureBook book, String regionId, String indicator, Basis basis, int year) {
        Optional<Period> latest = book.latestReportedMonth(regionId, indicator, year);
        if (latest.isEmpty()) {
            return null;
        }
        Period m = latest.get();
        FigurePoint current = book.figure(regionId, indicator, m);
        boolean lastYear = year > FIRST_YEAR;
        FigurePoint sameMonth = lastYear ? book.figure(regionId, indicator, m.priorYear()) : null;
        FigurePoint december = lastYear ? book.figure(regionId, indicator, new Period(year - 1, 12)) : null;
        BigDecimal annual = targets.find(new TargetKey(year, regionId, indicator)).map(Target::annualTarget)
                .orElse(null);
        return YearEndForecast.of(basis, m, current == null ? null : current.ytd(),
                sameMonth == null ? null : sameMonth.ytd(), december == null ? null : december.ytd(), annual);
    }

    /** A forecast with the region, indicator and year it is for. */
    public record RegionForecast(String regionId, String indicator, int year, Forecast forecast) {
    }
}
