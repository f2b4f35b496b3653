package io.pacer.ingest.submission;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.pacer.ingest.xlsx.Cell;
import io.pacer.ingest.xlsx.SheetRow;
import io.pacer.ingest.xlsx.XlsxFile;
import io.pacer.support.web.ApiProblemException;
import io.pacer.support.web.FieldIssue;

/**
 * Reads the submissions of an uploaded workbook's first sheet, in one of two layouts. The template
 * ({@link TemplateLayout}): one submission of the entity and period in the header area; a row with an empty value
 * cell is an indicator not reported and is skipped. The CSV layout (a first row {@code entity_id, period, indicator,
 * value, prior_year_value}): as the CSV endpoint reads it, rows of the same entity and period forming one submission,
 * every row needing a value. A value is a numeric cell, a formula's saved result or a text cell holding a plain
 * decimal ({@link Cell#number()}); every cell that is not is an issue naming its row and column, collected over the
 * whole sheet. The submissions' rules are the caller's.
 */
final class XlsxSubmissions {

    /** The submissions read, and the cells that could not be read. */
    record Parsed(List<SubmissionService.Located> items, List<FieldIssue> issues) {
    }

    private XlsxSubmissions() {
    }

    static Parsed read(XlsxFile file) {
        List<String> sheets = file.sheetNames();
        if (sheets.isEmpty()) {
            throw unreadable("the workbook has no sheet");
        }
        String sheet = sheets.contains(TemplateLayout.SHEET) ? TemplateLayout.SHEET : sheets.get(0);
        Rows rows = new Rows();
        file.read(sheet, rows);
        return rows.parsed();
    }

    private static ApiProblemException unreadable(String why) {
        return ApiProblemException.unprocessable(List.of(new FieldIssue("body", why)));
    }

    /** Decides the layout from the first row, then reads row by row. */
    private static final class Rows implements Consumer<SheetRow> {

        private final List<FieldIssue> issues = new ArrayList<>();
        private final Map<String, Integer> fieldRows = new LinkedHashMap<>();
        private final Map<String, String> area = new LinkedHashMap<>();
        private final Map<String, Integer> columns = new LinkedHashMap<>();
        private final List<SubmissionRequest.Figure> figures = new ArrayList<>();
        private final List<Integer> figureRows = new ArrayList<>();
        private final Map<String, SheetGroup> groups = new LinkedHashMap<>();
        private boolean csv;
        private boolean first = true;

        @Override
        public void accept(SheetRow row) {
            if (first) {
                first = false;
                csv = row.cells().size() == CsvSubmissions.HEADER.size() && java.util.stream.IntStream
                        .range(0, CsvSubmissions.HEADER.size())
                        .allMatch(k -> row.key(k).equals(CsvSubmissions.HEADER.get(k)));
                if (csv) {
                    return;
                }
            }
            if (csv) {
                csvRow(row);
            }
            else if (columns.isEmpty()) {
                areaRow(row);
            }
            else {
                templateRow(row);
            }
        }

        private void areaRow(SheetRow row) {
            String key = row.key(0);
            if (key.equals(TemplateLayout.CODE)) {
                row.cells().forEach((index, cell) -> columns.putIfAbsent(SheetRow.key(cell.asText()), index));
            }
            else if (key.equals(TemplateLayout.ENTITY_ID) || key.equals(TemplateLayout.PERIOD)) {
                area.put(key, row.text(1));
                fieldRows.put(key, row.number());
            }
        }

        private void templateRow(SheetRow row) {
            Cell value = row.cell(columns.getOrDefault(TemplateLayout.VALUE, Integer.MAX_VALUE));
            if (value.blank()) {
                return;
            }
            String code = row.text(columns.get(TemplateLayout.CODE));
            int before = issues.size();
            BigDecimal number = number(value, row.number(), TemplateLayout.VALUE);
            BigDecimal prior = number(row.cell(columns.getOrDefault(TemplateLayout.PRIOR_YEAR_VALUE,
                    Integer.MAX_VALUE)), row.number(), TemplateLayout.PRIOR_YEAR_VALUE);
            if (code.isEmpty()) {
                issues.add(new FieldIssue(SheetLocator.at(row.number(), TemplateLayout.CODE),
                        "is required: the row has a value but no indicator code"));
            }
            if (issues.size() == before) {
                figures.add(new SubmissionRequest.Figure(code, number, prior));
                figureRows.add(row.number());
            }
        }

        private void csvRow(SheetRow row) {
            int extra = row.cells().keySet().stream().filter(k -> k >= CsvSubmissions.HEADER.size()).findFirst()
                    .orElse(-1);
            if (extra >= 0) {
                issues.add(new FieldIssue("row " + row.number(), "has a cell in column " + (char) ('A' + extra)
                        + "; the CSV layout has " + CsvSubmissions.HEADER.size() + " columns ("
                        + String.join(",", CsvSubmissions.HEADER) + ")"));
                return;
            }
            int before = issues.size();
            BigDecimal value = number(row.cell(3), row.number(), "value");
            BigDecimal prior = number(row.cell(4), row.number(), TemplateLayout.PRIOR_YEAR_VALUE);
            if (issues.size() == before) {
                String entity = row.text(0);
                String period = row.text(1);
                groups.computeIfAbsent(entity + "\u0000" + period, k -> new SheetGroup(entity, period, row.number()))
                        .add(new SubmissionRequest.Figure(blankToNull(row.text(2)), value, prior), row.number());
            }
        }

        private BigDecimal number(Cell cell, int row, String column) {
            if (cell.blank()) {
                return null;
            }
            Cell.Number number = cell.number();
            if (number.problem() != null) {
                issues.add(new FieldIssue(SheetLocator.at(row, column), number.problem()));
            }
            return number.value();
        }

        Parsed parsed() {
            if (first) {
                throw unreadable("the sheet is empty");
            }
            if (csv) {
                return new Parsed(groups.values().stream().map(SheetGroup::located).toList(), issues);
            }
            if (columns.isEmpty()) {
                throw unreadable("the sheet is neither a Pacer template (a table whose header starts with "
                        + "指标代码 code) nor the CSV layout (a first row " + String.join(",", CsvSubmissions.HEADER)
                        + ")");
            }
            if (figures.isEmpty() && issues.isEmpty()) {
                throw ApiProblemException.unprocessable(List.of(new FieldIssue(TemplateLayout.VALUE,
                        "no value is filled in: fill in the value column of at least one indicator")));
            }
            Map<String, String> fields = Map.of("entityId", located(TemplateLayout.ENTITY_ID),
                    "period", located(TemplateLayout.PERIOD), "figures", TemplateLayout.VALUE);
            SubmissionRequest request = new SubmissionRequest(blankToNull(area.get(TemplateLayout.ENTITY_ID)),
                    blankToNull(area.get(TemplateLayout.PERIOD)), figures, null);
            return new Parsed(List.of(new SubmissionService.Located(request,
                    new SheetLocator(fields, TemplateLayout.CODE, figureRows))), issues);
        }

        private String located(String key) {
            Integer row = fieldRows.get(key);
            return row == null ? key + " (the header area has no " + key + " row)" : SheetLocator.at(row, key);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
