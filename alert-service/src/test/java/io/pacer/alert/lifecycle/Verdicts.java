package io.pacer.alert.lifecycle;

import java.math.BigDecimal;

import io.pacer.alert.rule.AlertValues;
import io.pacer.alert.rule.Verdict;
import io.pacer.events.Period;
import io.pacer.events.Severity;

/** Object Mother of verdicts for the zone's PROGRESS_LAG alert. */
final class Verdicts {

    static final Period JUNE = new Period(2026, 6);

    private Verdicts() {
    }

    static AlertValues progress(String progressPct) {
        return new AlertValues(new BigDecimal(progressPct), new BigDecimal("50"), null, null, null, null);
    }

    static Verdict yellow(String progressPct) {
        return new Verdict.Fire(Severity.YELLOW, JUNE, progress(progressPct), "behind at " + progressPct);
    }

    static Verdict red(String progressPct) {
        return new Verdict.Fire(Severity.RED, JUNE, progress(progressPct), "far behind at " + progressPct);
    }

    static Verdict clear(String progressPct) {
        return new Verdict.Clear(JUNE, progress(progressPct), "on schedule at " + progressPct);
    }

    /** Word of a table → verdict: YELLOW, RED, CLEAR, SKIP, GONE (the rule no longer applies). */
    static Verdict of(String word) {
        return switch (word) {
            case "YELLOW" -> yellow("35");
            case "RED" -> red("10");
            case "CLEAR" -> clear("50");
            case "SKIP" -> new Verdict.Skip("no input");
            case "GONE" -> new Verdict.Clear(null, null, "no annual target any more");
            default -> throw new IllegalArgumentException(word);
        };
    }
}
