package io.pacer.ingest.submission;

import java.math.BigDecimal;

import io.pacer.ingest.Inputs;

/**
 * A value is valid if |v| ≤ 1e15 and it has at most 6 digits after the decimal point once trailing zeros are
 * dropped. The decision starts from the number's precision and scale alone, because a BigDecimal like
 * {@code 1e999999999} or {@code 1e-100000000} is a few bytes until something formats, rescales or strips it: then it
 * is a string or a loop of a hundred million digits (toPlainString of {@code 1e999999999} would run ingest out of
 * heap). Only a number whose scale is already known to be small is compared, stripped or shown in plain digits.
 */
public final class Values {

    static final BigDecimal LIMIT = new BigDecimal("1e15");
    static final int MAX_DECIMALS = 6;
    /** 1e15 has 16 digits before the point; every value with more is out of range. */
    private static final int MAX_INTEGER_DIGITS = 16;

    private Values() {
    }

    /** Why the value is refused, or {@code null} if it is valid. */
    public static String problem(BigDecimal value) {
        long precision = value.precision();
        long scale = value.scale();
        if (precision - scale > MAX_INTEGER_DIGITS) {
            return range(value.toString());
        }
        // Dropping trailing zeros keeps a nonzero value's first digit, so its scale can fall by at most precision - 1;
        // a zero has no digit to keep, and its scale counts as it is (0E-100000000 is refused, 0.000000 is not).
        long floor = value.signum() == 0 ? scale : scale - (precision - 1);
        if (floor > MAX_DECIMALS) {
            // plain digits while they are few (0.0000001), the exponent form (1E-100000000) otherwise
            return decimals(scale <= precision + Inputs.QUOTED ? value.toPlainString() : value.toString());
        }
        // Here -15 ≤ scale ≤ precision + 5, and the precision is bounded by the input's length: cheap to handle.
        if (value.abs().compareTo(LIMIT) > 0) {
            return range(value.toPlainString());
        }
        if (scale > MAX_DECIMALS && value.signum() != 0 && value.stripTrailingZeros().scale() > MAX_DECIMALS) {
            return decimals(value.toPlainString());
        }
        return null;
    }

    /** The value as the client can recognise it, at most 40 characters of it; only for a value that passed. */
    public static String shown(BigDecimal value) {
        return Inputs.quote(value.toPlainString());
    }

    private static String range(String shown) {
        return "must be within ±1e15, was " + Inputs.quote(shown);
    }

    private static String decimals(String shown) {
        return "must have at most " + MAX_DECIMALS + " digits after the decimal point (trailing zeros aside), was "
                + Inputs.quote(shown);
    }
}
