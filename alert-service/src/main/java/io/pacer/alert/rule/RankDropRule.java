package io.pacer.alert.rule;

import java.util.Locale;

import io.pacer.events.Severity;

/** RANK_DROP: the growth rank fell by three places or more since the month before. */
final class RankDropRule {

    static final int DROP = -3;

    private RankDropRule() {
    }

    static Verdict evaluate(RuleInput input) {
        if (!input.evaluable() || input.current().growthRankChange() == null) {
            return new Verdict.Skip("no growth rank change");
        }
        int change = input.current().growthRankChange();
        AlertValues values = new AlertValues(null, null, AlertValues.decimal(input.current().growthPct()), null,
                input.current().growthRank(), change, input.current().ytd(), null, null);
        String text = String.format(Locale.ROOT, "growth rank changed by %d at %s", change, input.month());
        return change <= DROP ? new Verdict.Fire(Severity.YELLOW, input.month(), values, text)
                : new Verdict.Clear(input.month(), values, text);
    }
}
