package io.pacer.events;

import java.math.BigDecimal;

/**
 * The byte-level half of {@link LedgerScanner}: a cursor over one JSON document that reads only the plain shape
 * (strings without escapes, decimals of up to 18 digits without exponent, literal booleans) and throws
 * IllegalArgumentException (or runs off the array) for anything else, which the scanner turns into "not plain".
 */
abstract class PlainJsonBytes {

    byte[] in;
    int pos;

    /** Opens a string; its contents start at the returned index. */
    final int stringStart() {
        if (in[pos] != '"') {
            throw new IllegalArgumentException("not a string");
        }
        return ++pos;
    }

    /** Closes the string opened last and returns the index of its closing quote; escapes are not plain. */
    final int stringEnd() {
        int i = pos;
        while (in[i] != '"') {
            if (in[i] == '\\' || (in[i] >= 0 && in[i] < 0x20)) {
                throw new IllegalArgumentException("not a plain string");
            }
            i++;
        }
        pos = i + 1;
        return i;
    }

    /** A JSON {@code true} or {@code false}; anything the mapper would coerce (1, "true") is not plain. */
    final boolean bool() {
        if (literal("true")) {
            return true;
        }
        if (literal("false")) {
            return false;
        }
        throw new IllegalArgumentException("not a boolean");
    }

    final int intValue() {
        BigDecimal v = decimal();
        if (v.scale() != 0) {
            throw new IllegalArgumentException("not an int");
        }
        return v.intValueExact();
    }

    /** A JSON number as BigDecimal would read its text: {@code 1.50} keeps scale 2. */
    final BigDecimal decimal() {
        boolean negative = in[pos] == '-';
        if (negative) {
            pos++;
        }
        long unscaled = 0;
        int digits = 0;
        int scale = 0;
        boolean point = false;
        if (in[pos] == '0' && pos + 1 < in.length && in[pos + 1] >= '0' && in[pos + 1] <= '9') {
            throw new IllegalArgumentException("leading zero");
        }
        for (; pos < in.length; pos++) {
            byte c = in[pos];
            if (c >= '0' && c <= '9') {
                unscaled = unscaled * 10 + (c - '0');
                digits++;
                if (point) {
                    scale++;
                }
            } else if (c == '.' && !point && digits > 0) {
                point = true;
            } else {
                break;
            }
        }
        if (digits == 0 || digits > 18 || (point && scale == 0) || in[pos] == 'e' || in[pos] == 'E') {
            throw new IllegalArgumentException("not a plain decimal");
        }
        return BigDecimal.valueOf(negative ? -unscaled : unscaled, scale);
    }

    /** Skips any JSON value (an unknown field's); nesting is bounded. */
    final void skipValue(int depth) {
        if (depth > 64) {
            throw new IllegalArgumentException("too deep");
        }
        byte c = in[pos];
        if (c == '"') {
            stringStart();
            stringEnd();
        } else if (c == '{' || c == '[') {
            byte close = c == '{' ? (byte) '}' : (byte) ']';
            pos++;
            skipSpace();
            if (in[pos] == close) {
                pos++;
                return;
            }
            while (true) {
                if (c == '{') {
                    stringStart();
                    stringEnd();
                    if (!skipTo(':')) {
                        throw new IllegalArgumentException("no colon");
                    }
                    skipSpace();
                }
                skipValue(depth + 1);
                skipSpace();
                byte next = in[pos++];
                if (next == close) {
                    return;
                }
                if (next != ',') {
                    throw new IllegalArgumentException("not a separator");
                }
                skipSpace();
            }
        } else if (c == 't') {
            require(literal("true"));
        } else if (c == 'f') {
            require(literal("false"));
        } else if (c == 'n') {
            require(literal("null"));
        } else {
            decimal();
        }
    }

    /** Reads {@code []} (spaces allowed inside) and answers true; leaves anything else unread and answers false. */
    final boolean emptyArray() {
        int start = pos;
        if (in[pos] == '[') {
            pos++;
            skipSpace();
            if (pos < in.length && in[pos] == ']') {
                pos++;
                return true;
            }
        }
        pos = start;
        return false;
    }

    static void require(boolean ok) {
        if (!ok) {
            throw new IllegalArgumentException("not a literal");
        }
    }

    /** Whether the bytes at {@code from} spell {@code name} (ASCII). */
    final boolean is(String name, int from) {
        for (int i = 0; i < name.length(); i++) {
            if (in[from + i] != name.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    final boolean literal(String word) {
        if (pos + word.length() > in.length || !is(word, pos)) {
            return false;
        }
        pos += word.length();
        return true;
    }

    final boolean skipTo(char expected) {
        skipSpace();
        if (pos < in.length && in[pos] == expected) {
            pos++;
            return true;
        }
        return false;
    }

    final void skipSpace() {
        while (pos < in.length && (in[pos] == ' ' || in[pos] == '\n' || in[pos] == '\r' || in[pos] == '\t')) {
            pos++;
        }
    }
}
