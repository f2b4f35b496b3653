package io.pacer.alert.text;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers as the texts print them: percentages to one decimal; amounts to one decimal, whole ones without it. */
final class Numbers {

    private Numbers() {
    }

    static String pct(BigDecimal value) {
        return value == null ? "?" : value.setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    static String amount(BigDecimal value) {
        BigDecimal rounded = value.setScale(1, RoundingMode.HALF_UP);
        return rounded.stripTrailingZeros().scale() <= 0 ? rounded.setScale(0, RoundingMode.UNNECESSARY).toPlainString()
                : rounded.toPlainString();
    }
}
