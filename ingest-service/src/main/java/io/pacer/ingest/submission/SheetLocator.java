package io.pacer.ingest.submission;

import java.util.List;
import java.util.Map;

/**
 * Names the fields of a submission read from a sheet by the row Excel shows and the column's key, as the CSV
 * endpoint names lines: {@code row 12: value}.
 *
 * @param fields where the submission's own fields are, e.g. {@code entityId -> row 2: entity_id}
 * @param indicatorColumn the key of the indicator's column ({@code code} in the template, {@code indicator} in the
 *        CSV layout)
 * @param rows the row of figure i
 */
record SheetLocator(Map<String, String> fields, String indicatorColumn, List<Integer> rows) implements Locator {

    @Override
    public String field(String name) {
        return fields.getOrDefault(name, name);
    }

    @Override
    public String figure(int index, String name) {
        return at(rows.get(index), switch (name) {
            case "indicator" -> indicatorColumn;
            case "priorYearValue" -> TemplateLayout.PRIOR_YEAR_VALUE;
            default -> name;
        });
    }

    static String at(int row, String column) {
        return "row " + row + ": " + column;
    }
}
