package io.pacer.events;

import java.time.YearMonth;
import java.util.regex.Pattern;

/** A reporting month. Serialized everywhere as the string {@code YYYY-MM}. */
public record Period(int year, int month) implements Comparable<Period> {

    private static final Pattern FORMAT = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

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
        if (text == null || !FORMAT.matcher(text).matches()) {
            throw new IllegalArgumentException("period must be YYYY-MM, was " + text);
        }
        return new Period(Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(5, 7)));
    }

    public static boolean isValid(String text) {
        return text != null && FORMAT.matcher(text).matches();
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
