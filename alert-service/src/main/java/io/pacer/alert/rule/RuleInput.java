package io.pacer.alert.rule;

import java.util.Optional;

import io.pacer.events.Period;

/**
 * Everything the rules read for one target, taken from the read model at once so every rule sees the same data.
 * {@code month} is the evaluation month m (the latest month of the year with a reported figure), null when there
 * is none; the standings are the region's growth standing at m, m−1 and m−2 of the same year: the one its own
 * figure event carries (all siblings ranked together), or, from an older event without it, the one its siblings'
 * latest events give.
 */
public record RuleInput(Period month, FigurePoint current, SeasonalBase seasonal, GrowthStanding standing,
        GrowthStanding oneMonthBefore, GrowthStanding twoMonthsBefore) {

    public static final RuleInput NOTHING_REPORTED = new RuleInput(null, null, SeasonalBase.NONE,
            GrowthStanding.UNKNOWN, GrowthStanding.UNKNOWN, GrowthStanding.UNKNOWN);

    public boolean evaluable() {
        return month != null && current != null;
    }

    public static RuleInput assemble(String regionId, String indicator, int year, RegionFigures lookup) {
        Optional<Period> latest = lookup.latestReportedMonth(regionId, indicator, year);
        if (latest.isEmpty()) {
            return NOTHING_REPORTED;
        }
        Period m = latest.get();
        FigurePoint current = lookup.figure(regionId, indicator, m);
        if (current == null) {
            return NOTHING_REPORTED;
        }
        FigurePoint december = lookup.figure(regionId, indicator, new Period(year - 1, 12));
        FigurePoint sameMonth = lookup.figure(regionId, indicator, m.priorYear());
        SeasonalBase seasonal = new SeasonalBase(december != null && december.reported() > 0,
                sameMonth == null ? null : sameMonth.ytd(), december == null ? null : december.ytd());
        return new RuleInput(m, current, seasonal,
                standing(regionId, current.parentId(), indicator, m, 0, lookup),
                standing(regionId, current.parentId(), indicator, m, 1, lookup),
                standing(regionId, current.parentId(), indicator, m, 2, lookup));
    }

    private static GrowthStanding standing(String regionId, String parentId, String indicator, Period m,
            int monthsBefore, RegionFigures lookup) {
        if (parentId == null || m.month() - monthsBefore < 1) {
            return GrowthStanding.UNKNOWN;
        }
        Period at = new Period(m.year(), m.month() - monthsBefore);
        FigurePoint own = lookup.figure(regionId, indicator, at);
        if (own != null && own.standing() != null && parentId.equals(own.parentId())) {
            return own.standing();
        }
        return GrowthStanding.among(regionId, lookup.children(parentId, indicator, at));
    }
}
