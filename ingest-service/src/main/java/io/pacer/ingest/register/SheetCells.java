package io.pacer.ingest.register;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.pacer.ingest.Inputs;
import io.pacer.ingest.xlsx.Cell;
import io.pacer.support.web.FieldIssue;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Turns the cells of a registers-workbook row (by field) into field values, adding an issue named
 * {@code at + field} (e.g. {@code entities row 4: type}) for each cell that cannot be one; such a field reads as
 * null. An empty cell is an absent field (null, no issue). Text is at most 256 characters; an enum value is read in
 * any case; a yes/no is TRUE/FALSE, yes/no, y/n, 1/0 or 是/否; a date is a date cell (Excel's 1900 date system,
 * the time of day ignored) or text {@code YYYY-MM-DD}.
 */
public final class SheetCells {

    private static final Pattern DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(T00:00(:00(\\.0+)?)?Z?)?");

    private final List<FieldIssue> issues;

    /** Cells whose issues go to {@code issues}. */
    public SheetCells(List<FieldIssue> issues) {
        this.issues = issues;
    }

    public String text(Map<String, Cell> cells, String field, String at) {
        return text(cells, field, Cell.MAX_TEXT, at);
    }

    /** The cell's text, or null when it is empty or (noted) longer than {@code max}. */
    public String text(Map<String, Cell> cells, String field, int max, String at) {
        Cell cell = cells.get(field);
        if (cell == null || cell.asText().isEmpty()) {
            return null;
        }
        if (cell.text().length() > max) {
            issues.add(new FieldIssue(at + field, "is longer than " + max + " characters"));
            return null;
        }
        return cell.asText();
    }

    public <E extends Enum<E>> E choice(Map<String, Cell> cells, String field, Class<E> type, String at) {
        return choice(cells, field, List.of(type.getEnumConstants()), at);
    }

    /** One of {@code allowed}, in any case; anything else is an issue listing them. */
    public <E extends Enum<E>> E choice(Map<String, Cell> cells, String field, List<E> allowed, String at) {
        String text = text(cells, field, at);
        if (text == null) {
            return null;
        }
        for (E value : allowed) {
            if (value.name().equalsIgnoreCase(text.trim())) {
                return value;
            }
        }
        issues.add(new FieldIssue(at + field, "must be one of " + String.join(", ",
                allowed.stream().map(Enum::name).toList()) + ", was " + Inputs.quote(text)));
        return null;
    }

    public Boolean yesNo(Map<String, Cell> cells, String field, String at) {
        String text = text(cells, field, at);
        if (text == null) {
            return null;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1", "是" -> true;
            case "false", "no", "n", "0", "否" -> false;
            default -> {
                issues.add(new FieldIssue(at + field, "must be TRUE or FALSE (是/否), was " + Inputs.quote(text)));
                yield null;
            }
        };
    }

    /** A list separated by commas (, ，), 、 or semicolons. */
    public List<String> list(Map<String, Cell> cells, String field, String at) {
        String text = text(cells, field, Cell.MAX_LIST, at);
        return text == null ? null
                : Arrays.stream(text.split("[,，、;；]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** A number as {@link Cell#number()} reads it. */
    public BigDecimal number(Map<String, Cell> cells, String field, String at) {
        Cell cell = cells.get(field);
        if (cell == null || cell.blank()) {
            return null;
        }
        Cell.Number number = cell.number();
        if (number.problem() != null) {
            issues.add(new FieldIssue(at + field, number.problem()));
        }
        return number.value();
    }

    /**
     * A day: a numeric cell is a date cell (Excel stores a date as the days since 1900 in a number formatted as a
     * date), any other cell text {@code YYYY-MM-DD} (an ISO date cell's midnight time is allowed).
     */
    public LocalDate date(Map<String, Cell> cells, String field, String at) {
        Cell cell = cells.get(field);
        if (cell == null || cell.blank()) {
            return null;
        }
        LocalDate day = cell.kind() == Cell.Kind.NUMBER ? serial(cell) : iso(cell);
        if (day == null) {
            issues.add(new FieldIssue(at + field, "must be a date: a date cell or text YYYY-MM-DD, was "
                    + Inputs.quote(cell.asText().length() > Cell.MAX_TEXT ? cell.asText().substring(0, Cell.MAX_TEXT)
                            + "…" : cell.asText())));
        }
        return day;
    }

    private static LocalDate serial(Cell cell) {
        BigDecimal value = cell.number().value();
        // 1 is 1900-01-01; 2958465 is 9999-12-31, Excel's last day
        if (value == null || value.compareTo(BigDecimal.ONE) < 0 || value.compareTo(new BigDecimal(2958466)) >= 0) {
            return null;
        }
        return DateUtil.getLocalDateTime(value.doubleValue(), false).toLocalDate();
    }

    private static LocalDate iso(Cell cell) {
        if (cell.kind() != Cell.Kind.TEXT || cell.tooLong()) {
            return null;
        }
        Matcher m = DATE.matcher(cell.asText());
        if (!m.matches()) {
            return null;
        }
        try {
            return LocalDate.parse(m.group(1));
        }
        catch (DateTimeParseException e) {
            return null;
        }
    }
}
