package io.pacer.alert.rule;

import java.math.BigDecimal;

import io.pacer.events.Period;

/** Object Mother of rule inputs for the High-tech Zone (gxq, child of district d1) in 2026. */
final class Inputs {

    private Period month = new Period(2026, 6);
    private BigDecimal ytd = BigDecimal.ZERO;
    private Double growth;
    private Integer rank;
    private Integer rankChange;
    private SeasonalBase seasonal = SeasonalBase.NONE;
    private GrowthStanding standing = GrowthStanding.UNKNOWN;
    private GrowthStanding oneBefore = GrowthStanding.UNKNOWN;
    private GrowthStanding twoBefore = GrowthStanding.UNKNOWN;

    static Inputs atMonth(int month) {
        Inputs inputs = new Inputs();
        inputs.month = new Period(2026, month);
        return inputs;
    }

    Inputs ytd(String value) {
        ytd = value == null ? null : new BigDecimal(value);
        return this;
    }

    Inputs growth(Double value) {
        growth = value;
        return this;
    }

    Inputs rankChange(Integer value) {
        rankChange = value;
        return this;
    }

    Inputs seasonal(boolean decemberReported, String ytdAtMonth, String ytdDecember) {
        seasonal = new SeasonalBase(decemberReported, ytdAtMonth == null ? null : new BigDecimal(ytdAtMonth),
                ytdDecember == null ? null : new BigDecimal(ytdDecember));
        return this;
    }

    /** The region's growth rank now, among {@code ranked} ranked siblings whose worst rank is {@code last}. */
    Inputs standing(Integer rank, int ranked, Integer last) {
        this.rank = rank;
        standing = new GrowthStanding(rank, ranked, last);
        return this;
    }

    Inputs before(GrowthStanding oneMonthBefore, GrowthStanding twoMonthsBefore) {
        oneBefore = oneMonthBefore;
        twoBefore = twoMonthsBefore;
        return this;
    }

    RuleInput build() {
        FigurePoint current = new FigurePoint("gxq", "d1", month, ytd, growth, 1, rank, rankChange);
        return new RuleInput(month, current, seasonal, standing, oneBefore, twoBefore);
    }
}
