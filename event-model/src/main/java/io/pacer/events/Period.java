package io.pacer.events;

import java.time.YearMonth;

/** A reporting month. Serialized everywhere as the string {@code YYYY-MM}. */
public record Period(int year, int month) implements Comparable<Period> {

    public Period {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month must be 1..12, was " + month);
        }
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("year must have four digits, was " + year);
        }
    }

    /** Parses {@code YYYY-MM}; anything else is an {@link IllegalArgumentException}. */
    public static Period parse(String text) {
        if (!isValid(text)) {
            throw new IllegalArgumentException("period must be YYYY-MM, was " + text);
        }
        return new Period(digits(text, 0, 4), digits(text, 5, 7));
    }

    /** {@code YYYY-MM} with ASCII digits and a month 01..12 (checked by hand: every ledger record is parsed). */
    public static boolean isValid(String text) {
        if (text == null || text.length() != 7 || text.charAt(4) != '-') {
            return false;
        }
        for (int i = 0; i < 7; i++) {
            if (i != 4 && (text.charAt(i) < '0' || text.charAt(i) > '9')) {
                return false;
            }
        }
        int month = digits(text, 5, 7);
        return month >= 1 && month <= 12;
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + text.charAt(i) - '0';
        }
        return value;
    }

    public static Period of(YearMonth yearMonth) {
        return new Period(yearMonth.getYear(), yearMonth.getMonthValue());
    }

    public YearMonth toYearMonth() {
        return YearMonth.of(year, month);
    }

    public Period previous() {
        return month == 1 ? new Period(year - 1, 12) : new Period(year, month - 1);
    }

    public Period next() {
        return month == 12 ? new Period(year + 1, 1) : new Period(year, month + 1);
    }

    /** The same month one year earlier (上年同期). */
    public Period priorYear() {
        return new Period(year - 1, month);
    }

    @Override
    public int compareTo(Period other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(month, other.month);
    }

    @Override
    public String toString() {
        // the constructor allows four-digit years only; hot: every figure event and stored figure names its period
        return new String(new char[] {digit(year / 1000), digit(year / 100), digit(year / 10), digit(year), '-',
                digit(month / 10), digit(month)});
    }

    private static char digit(int value) {
        return (char) ('0' + value % 10);
    }
}
