package io.pacer.alert.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import io.pacer.events.Period;

class RuleInputTest {

    private static final String I = "fiscal_revenue";

    private static FigurePoint point(String region, String parent, String period, String ytd, int reported,
            Integer growthRank) {
        return new FigurePoint(region, parent, Period.parse(period), ytd == null ? null : new BigDecimal(ytd), 1.0,
                reported, growthRank, null);
    }

    @Test
    void evaluatesAtTheLatestMonthOfTheYearWithAReportedFigure() {
        InMemoryFigures figures = new InMemoryFigures()
                .put(I, point("gxq", "d1", "2026-03", "30", 2, 1))
                .put(I, point("gxq", "d1", "2026-04", "40", 1, 1))
                .put(I, point("gxq", "d1", "2026-05", "40", 0, 1)) // carried forward, nobody reported May
                .put(I, point("gxq", "d1", "2027-01", "5", 1, 1));

        RuleInput input = RuleInput.assemble("gxq", I, 2026, figures);

        assertThat(input.month()).isEqualTo(new Period(2026, 4));
        assertThat(input.current().ytd()).isEqualByComparingTo("40");
    }

    @Test
    void nothingIsEvaluatedForAYearWithoutReportedFigures() {
        InMemoryFigures figures = new InMemoryFigures()
                .put(I, point("gxq", "d1", "2025-12", "100", 3, 1))
                .put(I, point("gxq", "d1", "2026-01", null, 0, null));

        RuleInput input = RuleInput.assemble("gxq", I, 2026, figures);

        assertThat(input.evaluable()).isFalse();
    }

    @Test
    void seasonalBaseComesFromLastYearsFiguresOfTheRegion() {
        InMemoryFigures figures = new InMemoryFigures()
                .put(I, point("gxq", "d1", "2025-06", "30", 2, 1))
                .put(I, point("gxq", "d1", "2025-12", "120", 1, 1))
                .put(I, point("gxq", "d1", "2026-06", "20", 2, 1));

        SeasonalBase base = RuleInput.assemble("gxq", I, 2026, figures).seasonal();

        assertThat(base.decemberReported()).isTrue();
        assertThat(base.ytdAtMonth()).isEqualByComparingTo("30");
        assertThat(base.ytdDecember()).isEqualByComparingTo("120");
        assertThat(base.usable()).isTrue();
    }

    @Test
    void aDecemberYtdCarriedForwardWithoutADecemberReportIsNotUsable() {
        InMemoryFigures figures = new InMemoryFigures()
                .put(I, point("gxq", "d1", "2025-12", "120", 0, 1))
                .put(I, point("gxq", "d1", "2026-06", "20", 2, 1));

        SeasonalBase base = RuleInput.assemble("gxq", I, 2026, figures).seasonal();

        assertThat(base.decemberReported()).isFalse();
        assertThat(base.ytdAtMonth()).isNull();
        assertThat(base.usable()).isFalse();
    }

    @Test
    void standingsCountRankedSiblingsAtEachOfTheLastThreeMonths() {
        InMemoryFigures figures = new InMemoryFigures();
        for (String month : new String[] {"2026-01", "2026-02", "2026-03"}) {
            figures.put(I, point("a", "d1", month, "1", 1, 1))
                    .put(I, point("b", "d1", month, "1", 1, 2))
                    .put(I, point("c", "d1", month, "1", 0, null))
                    .put(I, point("x", "d2", month, "1", 1, 9)); // another district's child
        }
        figures.put(I, point("gxq", "d1", "2026-01", "1", 1, 2))
                .put(I, point("gxq", "d1", "2026-02", "1", 1, 3))
                .put(I, point("gxq", "d1", "2026-03", "1", 1, 3));

        RuleInput input = RuleInput.assemble("gxq", I, 2026, figures);

        assertThat(input.standing()).isEqualTo(new GrowthStanding(3, 3, 3));
        assertThat(input.oneMonthBefore()).isEqualTo(new GrowthStanding(3, 3, 3));
        assertThat(input.twoMonthsBefore()).isEqualTo(new GrowthStanding(2, 3, 2));
        assertThat(input.standing().last()).isTrue();
    }

    @Test
    void thereIsNoStandingBeforeJanuaryNorForARegionWithoutParent() {
        InMemoryFigures figures = new InMemoryFigures()
                .put(I, point("gxq", "d1", "2026-02", "1", 1, 3))
                .put(I, point("city", null, "2026-02", "1", 1, null));

        RuleInput february = RuleInput.assemble("gxq", I, 2026, figures);
        RuleInput city = RuleInput.assemble("city", I, 2026, figures);

        assertThat(february.twoMonthsBefore()).isEqualTo(GrowthStanding.UNKNOWN);
        assertThat(february.oneMonthBefore().ranked()).isFalse();
        assertThat(city.standing()).isEqualTo(GrowthStanding.UNKNOWN);
    }
}
