package io.pacer.ingest.submission;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.pacer.events.Basis;
import io.pacer.events.Period;
import io.pacer.events.Warning;

/**
 * Figures that are accepted but look odd. A value more than {@code ratio}× or less than 1/{@code ratio} of the
 * entity's previous month, or of its prior-year value (the one given, else its own figure a year earlier); and a
 * revision that drops a priorYearValue the earlier figure had. Comparisons need a positive reference value. A
 * CUMULATIVE January is not compared with December: the year-to-date restarts.
 */
final class WarningRules {

    static final String PREVIOUS_MONTH = "PREVIOUS_MONTH_RATIO";
    static final String PRIOR_YEAR = "PRIOR_YEAR_RATIO";
    static final String PRIOR_YEAR_DROPPED = "PRIOR_YEAR_VALUE_DROPPED";

    private WarningRules() {
    }

    static List<Warning> check(String entityId, String indicator, Basis basis, Period period,
            SubmissionRequest.Figure figure, int index, FigureLookup history, BigDecimal ratio) {
        List<Warning> warnings = new ArrayList<>();
        String valueField = "figures[" + index + "].value";
        boolean yearRestarts = basis == Basis.CUMULATIVE && period.month() == 1;
        if (!yearRestarts) {
            Period previous = period.previous();
            history.figure(entityId, indicator, previous.toString()).map(FigureLookup.Recorded::value)
                    .flatMap(reference -> ratioMessage(figure.value(), reference, ratio))
                    .ifPresent(m -> warnings.add(new Warning(PREVIOUS_MONTH, valueField,
                            "value " + m + " the previous month's (" + previous + ")")));
        }
        Optional<BigDecimal> priorYear = Optional.ofNullable(figure.priorYearValue()).or(() -> history
                .figure(entityId, indicator, period.priorYear().toString()).map(FigureLookup.Recorded::value));
        priorYear.flatMap(reference -> ratioMessage(figure.value(), reference, ratio))
                .ifPresent(m -> warnings.add(new Warning(PRIOR_YEAR, valueField,
                        "value " + m + " the prior-year value (" + period.priorYear() + ")")));
        if (figure.priorYearValue() == null) {
            history.figure(entityId, indicator, period.toString()).map(FigureLookup.Recorded::priorYearValue)
                    .ifPresent(dropped -> warnings.add(new Warning(PRIOR_YEAR_DROPPED,
                            "figures[" + index + "].priorYearValue", "this revision has no priorYearValue; the figure"
                                    + " it replaces had " + dropped.toPlainString() + ", which is dropped")));
        }
        return warnings;
    }

    /** E.g. "600 is more than 5×"; empty when within the band or the reference is not positive. */
    static Optional<String> ratioMessage(BigDecimal value, BigDecimal reference, BigDecimal ratio) {
        if (value == null || reference == null || reference.signum() <= 0) {
            return Optional.empty();
        }
        if (value.compareTo(reference.multiply(ratio)) > 0) {
            return Optional.of(value.toPlainString() + " is more than " + ratio.toPlainString() + "× "
                    + reference.toPlainString() + ",");
        }
        if (value.multiply(ratio).compareTo(reference) < 0) {
            return Optional.of(value.toPlainString() + " is less than 1/" + ratio.toPlainString() + " of "
                    + reference.toPlainString() + ",");
        }
        return Optional.empty();
    }
}
