package io.pacer.alert.rule;

import io.pacer.events.Period;
import io.pacer.events.Severity;

/** What one rule concluded for one target. */
public sealed interface Verdict {

    /** The rule's input is null: it is not evaluated and its alert stays exactly as it is. */
    record Skip(String reason) implements Verdict {
    }

    /**
     * The condition does not hold: a firing alert resolves. {@code period} and {@code values} are null when the
     * rule no longer applies to the target at all (e.g. its annual target was removed); the alert then keeps the
     * values it had.
     */
    record Clear(Period period, AlertValues values, String message) implements Verdict {
    }

    record Fire(Severity severity, Period period, AlertValues values, String message) implements Verdict {
    }

    static Verdict inapplicable(String reason) {
        return new Clear(null, null, reason);
    }
}
