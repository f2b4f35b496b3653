package io.pacer.aggregate.input;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The rules of DESIGN.md ("Numbers and strings") that ingest applies before a figure reaches the ledger, applied
 * again to what the aggregate reads from it: the ledger is a topic, and anything with the broker's address can
 * write to it. A record that breaks them is poison; none of its values enters the state.
 *
 * <p>Numbers are judged on {@link BigDecimal#scale()} and {@link BigDecimal#precision()} alone, never by writing
 * them out or rescaling them: {@code 1e-100000000} is one digit with a scale of a hundred million, and its plain
 * text (which the store would have written) is a hundred million characters.
 */
public final class RecordRules {

    static final int MAX_DECIMALS = 6;
    static final int MAX_ID = 64;
    /** How much of a hostile input an error message quotes. */
    private static final int QUOTED = 40;

    private RecordRules() {
    }

    /**
     * Why a value breaks the rule (|v| ≤ 1e15, at most six decimals once trailing zeros are dropped), or null when
     * it keeps it. A zero's decimals are its scale: DESIGN.md refuses {@code 0E-100000000} by name.
     */
    static String valueProblem(BigDecimal v) {
        return problem(v, 15);
    }

    /** Why a value is not within ±10^{@code limitExponent} with at most six decimals, or null. */
    private static String problem(BigDecimal v, int limitExponent) {
        if (v == null) {
            return null;
        }
        long scale = v.scale();
        if (v.signum() == 0) {
            return scale <= MAX_DECIMALS ? null : "has more than " + MAX_DECIMALS + " decimals";
        }
        long precision = v.precision();
        // |v| < 10^(precision - scale): the leading digit's place, known without touching the digits
        long magnitude = precision - scale;
        if (magnitude > limitExponent + 1 || (magnitude == limitExponent + 1
                && v.abs().compareTo(BigDecimal.ONE.scaleByPowerOfTen(limitExponent)) > 0)) {
            return "must be within ±1e" + limitExponent;
        }
        if (scale > MAX_DECIMALS) {
            long mustBeZeros = scale - MAX_DECIMALS;
            // the decimals past the sixth must all be trailing zeros of the unscaled digits, so there must be more
            // digits than that; precision is bounded by the parser's number length, so the remainder is cheap
            if (precision <= mustBeZeros
                    || v.unscaledValue().mod(BigInteger.TEN.pow((int) mustBeZeros)).signum() != 0) {
                return "has more than " + MAX_DECIMALS + " decimals";
            }
        }
        return null;
    }

    /**
     * Why a sum on pacer.region-totals is not one the level below could have made, or null: six decimals at most,
     * like its terms, and at most 1e15 times a million units, far beyond any register (the sums are not capped at
     * 1e15 themselves: a district's total may pass a unit's limit).
     */
    static String sumProblem(BigDecimal v) {
        return problem(v, 21);
    }

    /** Why an id or code breaks the rule (at most 64 characters, no control characters), or null. */
    static String idProblem(String id) {
        if (id == null) {
            return null;
        }
        if (id.length() > MAX_ID) {
            return "is longer than " + MAX_ID + " characters";
        }
        for (int i = 0; i < id.length(); i++) {
            if (Character.isISOControl(id.charAt(i))) {
                return "holds a control character";
            }
        }
        return null;
    }

    /**
     * At most 40 characters of an input, for an error message. A number is quoted by {@link BigDecimal#toString()},
     * which switches to an exponent whenever the plain form would hold more than six leading zeros, so its length
     * follows the digits (bounded by the parser), never the scale.
     */
    public static String quote(Object input) {
        String text = String.valueOf(input);
        return text.length() <= QUOTED ? text : text.substring(0, QUOTED) + "…";
    }
}
