package io.pacer.alert.rule;

import java.math.BigDecimal;

/**
 * Last year's cumulative curve as SEASONAL needs it: whether any entity of the subtree reported for December of
 * Y−1, ytd(R, Y−1, m) and ytd(R, Y−1, 12). Either ytd may be null.
 */
public record SeasonalBase(boolean decemberReported, BigDecimal ytdAtMonth, BigDecimal ytdDecember) {

    public static final SeasonalBase NONE = new SeasonalBase(false, null, null);

    /** Whether last year can give the curve; otherwise PROGRESS_LAG falls back to LINEAR. */
    public boolean usable() {
        return decemberReported && ytdDecember != null && ytdDecember.signum() != 0;
    }
}
