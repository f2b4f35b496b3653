package io.pacer.alert.rule;

import java.math.BigDecimal;
import java.util.List;

import io.pacer.events.Period;

/**
 * The numbers an alert shows, unrounded; null where the rule has no such number. Decimals are kept without
 * trailing zeros so that equal numbers compare equal after a round trip through storage. {@code ytd} (the
 * year-to-date judged), {@code rankedCount} (siblings with a growth rank) and {@code missing} (MISSING_REPORT's
 * months without a figure) are what the texts people read need besides the percentages; {@code projectName} and
 * {@code daysSinceSigned} are SIGN_TO_PILE's.
 */
public record AlertValues(BigDecimal progressPct, BigDecimal expectedPct, BigDecimal growthPct,
        BigDecimal growthTargetPct, Integer rank, Integer rankChange, BigDecimal ytd, Integer rankedCount,
        List<Period> missing, String projectName, Integer daysSinceSigned) {

    public static final AlertValues NONE = new AlertValues(null, null, null, null, null, null);

    public AlertValues {
        progressPct = canonical(progressPct);
        expectedPct = canonical(expectedPct);
        growthPct = canonical(growthPct);
        growthTargetPct = canonical(growthTargetPct);
        ytd = canonical(ytd);
        missing = missing == null ? List.of() : List.copyOf(missing);
    }

    public AlertValues(BigDecimal progressPct, BigDecimal expectedPct, BigDecimal growthPct,
            BigDecimal growthTargetPct, Integer rank, Integer rankChange, BigDecimal ytd, Integer rankedCount,
            List<Period> missing) {
        this(progressPct, expectedPct, growthPct, growthTargetPct, rank, rankChange, ytd, rankedCount, missing, null,
                null);
    }

    /** SIGN_TO_PILE's reading: the project's name and the days since it was signed. */
    public static AlertValues project(String projectName, Integer daysSinceSigned) {
        return new AlertValues(null, null, null, null, null, null, null, null, null, projectName, daysSinceSigned);
    }

    public AlertValues(BigDecimal progressPct, BigDecimal expectedPct, BigDecimal growthPct,
            BigDecimal growthTargetPct, Integer rank, Integer rankChange) {
        this(progressPct, expectedPct, growthPct, growthTargetPct, rank, rankChange, null, null, List.of());
    }

    static BigDecimal canonical(BigDecimal value) {
        if (value == null) {
            return null;
        }
        return value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    }

    /** A double from {@code pacer.figures} as the decimal it prints as, so 5.0 is exactly 5. */
    public static BigDecimal decimal(Double value) {
        return value == null ? null : canonical(BigDecimal.valueOf(value));
    }
}
