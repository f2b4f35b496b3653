package io.pacer.alert.rule;

import java.util.Locale;

import io.pacer.events.Severity;

/**
 * RANK_BOTTOM: last by growth (ties included) among at least three ranked siblings; RED when also last at m−1 and
 * m−2 of the same year, so never before March.
 */
final class RankBottomRule {

    private RankBottomRule() {
    }

    static Verdict evaluate(RuleInput input) {
        if (!input.evaluable() || !input.standing().ranked()) {
            return new Verdict.Skip("no growth rank");
        }
        GrowthStanding now = input.standing();
        if (!now.consistent()) {
            return new Verdict.Skip("the siblings' growth ranks are being updated");
        }
        AlertValues values = new AlertValues(null, null, AlertValues.decimal(input.current().growthPct()), null,
                now.rank(), input.current().growthRankChange(), input.current().ytd(), now.rankedSiblings(), null);
        String text = String.format(Locale.ROOT, "growth rank %d of %d ranked at %s", now.rank(), now.rankedSiblings(),
                input.month());
        if (!now.last()) {
            return new Verdict.Clear(input.month(), values, text);
        }
        boolean threeMonths = input.oneMonthBefore().last() && input.twoMonthsBefore().last();
        return new Verdict.Fire(threeMonths ? Severity.RED : Severity.YELLOW, input.month(), values,
                threeMonths ? text + ", last for three months running" : text + ", last");
    }
}
