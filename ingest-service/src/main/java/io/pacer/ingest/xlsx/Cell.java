package io.pacer.ingest.xlsx;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import io.pacer.ingest.Inputs;

/**
 * One cell of an uploaded sheet as the file holds it: its kind and its text (a number's digits as written in the
 * file, a string, {@code 1}/{@code 0} for a boolean, the error code). A cell is at most {@link #MAX_TEXT} characters
 * ({@link #tooLong()}), except a list such as an entity's indicators, which may have {@link #MAX_LIST}; text beyond
 * {@code MAX_LIST + 1} characters is not kept, so a caller can refuse it without the file's whole string in memory.
 */
public record Cell(Kind kind, String text) {

    /** As for a CSV cell. */
    public static final int MAX_TEXT = 256;
    public static final int MAX_LIST = 4096;

    /** Excel keeps 15 significant digits; the digits a file holds beyond them are binary noise (0.1 + 0.2). */
    private static final MathContext EXCEL = new MathContext(15, RoundingMode.HALF_EVEN);

    public enum Kind {
        NUMBER, TEXT, BOOLEAN, ERROR,
        /** A formula whose result was not saved with the file (written by a program, never opened in Excel). */
        FORMULA_WITHOUT_RESULT
    }

    /** A number, or why the cell is not one. */
    public record Number(BigDecimal value, String problem) {
    }

    public Cell {
        if (text != null && text.length() > MAX_LIST + 1) {
            text = text.substring(0, MAX_LIST + 1);
        }
    }

    public boolean blank() {
        return kind == Kind.TEXT && text.isBlank();
    }

    public boolean tooLong() {
        return text.length() > MAX_TEXT;
    }

    /**
     * The cell as text: a string trimmed; a number as its plain digits when it is a modest integer or decimal (an id
     * typed as 110105), else as written.
     */
    public String asText() {
        if (kind != Kind.NUMBER) {
            return text.trim();
        }
        try {
            BigDecimal value = new BigDecimal(text);
            // only a number of a few digits is rewritten: 1E+999999999 in plain digits is a billion characters
            if (value.precision() <= 30 && Math.abs((long) value.scale()) <= 30) {
                return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
            }
        }
        catch (NumberFormatException e) {
            // shown as written
        }
        return text;
    }

    /**
     * The cell as a number: a numeric cell (a formula's saved result included) rounded to Excel's 15 significant
     * digits, so that what Excel shows is what is read; a text cell holding a plain decimal (1234.5, -3, 1e6) exactly
     * as typed. A boolean, an error, a formula without a saved result, other text: not a number.
     */
    public Number number() {
        if (tooLong()) {
            return new Number(null, "is longer than " + MAX_TEXT + " characters");
        }
        return switch (kind) {
            case NUMBER -> parse(text.trim(), true);
            case TEXT -> parse(text.trim(), false);
            case BOOLEAN -> new Number(null, "is " + ("0".equals(text.trim()) ? "FALSE" : "TRUE") + ", not a number");
            case ERROR -> new Number(null, "is the error " + Inputs.quote(text) + ", not a number");
            case FORMULA_WITHOUT_RESULT -> new Number(null, "is a formula whose result was not saved with the file; "
                    + "open and save it in Excel, or type the value");
        };
    }

    private static Number parse(String digits, boolean excel) {
        try {
            BigDecimal value = new BigDecimal(digits);
            return new Number(excel && value.precision() > EXCEL.getPrecision() ? value.round(EXCEL) : value, null);
        }
        catch (NumberFormatException | ArithmeticException e) {
            return new Number(null, Inputs.quote(digits) + " is not a number");
        }
    }
}
