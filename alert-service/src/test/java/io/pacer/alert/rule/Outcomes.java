package io.pacer.alert.rule;

/** A verdict as one word, for tables: SKIP, CLEAR, INAPPLICABLE (a Clear without values), YELLOW, RED. */
final class Outcomes {

    private Outcomes() {
    }

    static String of(Verdict verdict) {
        if (verdict instanceof Verdict.Skip) {
            return "SKIP";
        }
        if (verdict instanceof Verdict.Clear clear) {
            return clear.values() == null ? "INAPPLICABLE" : "CLEAR";
        }
        return ((Verdict.Fire) verdict).severity().name();
    }
}
