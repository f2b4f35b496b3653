package io.pacer.alert.rule;

import java.math.BigDecimal;

/**
 * The numbers an alert shows, unrounded; null where the rule has no such number. Decimals are kept without
 * trailing zeros so that equal numbers compare equal after a round trip through storage.
 */
public record AlertValues(BigDecimal progressPct, BigDecimal expectedPct, BigDecimal growthPct,
        BigDecimal growthTargetPct, Integer rank, Integer rankChange) {

    public static final AlertValues NONE = new AlertValues(null, null, null, null, null, null);

    public AlertValues {
        progressPct = canonical(progressPct);
        expectedPct = canonical(expectedPct);
        growthPct = canonical(growthPct);
        growthTargetPct = canonical(growthTargetPct);
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
