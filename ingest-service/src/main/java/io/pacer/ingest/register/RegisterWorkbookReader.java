package io.pacer.ingest.register;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import io.pacer.events.Basis;
import io.pacer.events.Better;
import io.pacer.events.EntityType;
import io.pacer.events.RegionLevel;
import io.pacer.ingest.Inputs;
import io.pacer.ingest.register.RegisterRequests.EntityRequest;
import io.pacer.ingest.register.RegisterRequests.IndicatorRequest;
import io.pacer.ingest.register.RegisterRequests.ReferenceDocument;
import io.pacer.ingest.register.RegisterRequests.RegionRequest;
import io.pacer.ingest.xlsx.Cell;
import io.pacer.ingest.xlsx.SheetRow;
import io.pacer.ingest.xlsx.XlsxFile;
import io.pacer.support.web.ApiProblemException;
import io.pacer.support.web.FieldIssue;

/**
 * Reads a registers workbook ({@link RegisterSheets}) into the document {@code POST /api/v1/reference} takes, with
 * the row of every element and the cells that could not be read (an unknown column, a level or basis that is no
 * such value, a nonNegative that is no yes/no, text over 256 characters, an indicators list over 4,096), each named {@code entities row 4: type}.
 * Enum values are read in any case; an entity's indicators are separated by commas (, ，) or 、; empty cells are
 * absent fields. A workbook without any of the three sheets, or without a single row, is 422.
 */
final class RegisterWorkbookReader {

    record Read(ReferenceDocument document, Map<String, List<Integer>> rows, List<FieldIssue> issues) {
    }

    private RegisterWorkbookReader() {
    }

    static Read read(XlsxFile file) {
        Map<String, String> sheets = new HashMap<>();
        for (String name : file.sheetNames()) {
            String key = SheetRow.key(name);
            if (RegisterSheets.SHEETS.contains(key)) {
                sheets.putIfAbsent(key, name);
            }
        }
        if (sheets.isEmpty()) {
            throw ApiProblemException.unprocessable(List.of(new FieldIssue("body",
                    "the workbook has none of the sheets regions, indicators, entities")));
        }
        List<FieldIssue> issues = new ArrayList<>();
        Map<String, List<Integer>> rows = new HashMap<>();
        Map<String, List<Map<String, Cell>>> elements = new HashMap<>();
        for (String sheet : RegisterSheets.SHEETS) {
            Sheet reader = new Sheet(sheet, issues);
            if (sheets.containsKey(sheet)) {
                file.read(sheets.get(sheet), reader);
            }
            rows.put(sheet, reader.rows);
            elements.put(sheet, reader.elements);
        }
        if (rows.values().stream().allMatch(List::isEmpty)) {
            throw ApiProblemException.unprocessable(List.of(new FieldIssue("body",
                    "the sheets regions, indicators and entities hold no rows below their headers")));
        }
        Fields f = new Fields(rows, issues);
        ReferenceDocument document = new ReferenceDocument(
                f.each(RegisterSheets.REGIONS, elements, (c, at) -> new RegionRequest(f.text(c, "id", at),
                        f.text(c, "name", at), f.text(c, "nameEn", at), f.text(c, "parentId", at),
                        f.choice(c, "level", RegionLevel.class, at))),
                f.each(RegisterSheets.INDICATORS, elements, (c, at) -> new IndicatorRequest(f.text(c, "code", at),
                        f.text(c, "name", at), f.text(c, "nameEn", at), f.text(c, "unit", at),
                        f.choice(c, "basis", Basis.class, at), f.choice(c, "better", Better.class, at),
                        f.text(c, "shareOf", at), f.yesNo(c, "nonNegative", at))),
                f.each(RegisterSheets.ENTITIES, elements, (c, at) -> new EntityRequest(f.text(c, "id", at),
                        f.text(c, "name", at), f.choice(c, "type", EntityType.class, EntityType.registrable(), at),
                        f.text(c, "regionId", at),
                        f.list(c, "indicators", at))));
        return new Read(document, rows, issues);
    }

    /** One sheet: its header, then each row as its cells by field. */
    private static final class Sheet implements Consumer<SheetRow> {

        private final String name;
        private final List<FieldIssue> issues;
        private final Map<Integer, String> fields = new HashMap<>();
        private final List<Integer> rows = new ArrayList<>();
        private final List<Map<String, Cell>> elements = new ArrayList<>();
        private boolean header = true;

        Sheet(String name, List<FieldIssue> issues) {
            this.name = name;
            this.issues = issues;
        }

        @Override
        public void accept(SheetRow row) {
            if (header) {
                header = false;
                List<String> known = RegisterSheets.fields(name);
                row.cells().forEach((index, cell) -> known.stream()
                        .filter(field -> field.equalsIgnoreCase(SheetRow.key(cell.asText()))).findFirst()
                        .ifPresentOrElse(field -> fields.put(index, field), () -> issues.add(new FieldIssue(
                                name + " row " + row.number(), "column " + Inputs.quote(cell.asText())
                                        + " is none of " + String.join(", ", known)))));
                return;
            }
            Map<String, Cell> element = new HashMap<>();
            row.cells().forEach((index, cell) -> {
                if (fields.containsKey(index)) {
                    element.put(fields.get(index), cell);
                }
            });
            rows.add(row.number());
            elements.add(element);
        }
    }

    /** Turns cells into fields, noting each cell that cannot be one. */
    private record Fields(Map<String, List<Integer>> rows, List<FieldIssue> issues) {

        interface Element<T> {
            T of(Map<String, Cell> cells, String at);
        }

        <T> List<T> each(String sheet, Map<String, List<Map<String, Cell>>> elements, Element<T> element) {
            List<T> out = new ArrayList<>();
            List<Map<String, Cell>> all = elements.get(sheet);
            for (int k = 0; k < all.size(); k++) {
                out.add(element.of(all.get(k), sheet + " row " + rows.get(sheet).get(k) + ": "));
            }
            return out;
        }

        String text(Map<String, Cell> cells, String field, String at) {
            return text(cells, field, Cell.MAX_TEXT, at);
        }

        /** The cell's text, or null when it is empty or (noted) longer than {@code max}. */
        String text(Map<String, Cell> cells, String field, int max, String at) {
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

        <E extends Enum<E>> E choice(Map<String, Cell> cells, String field, Class<E> type, String at) {
            return choice(cells, field, type, List.of(type.getEnumConstants()), at);
        }

        /** One of {@code allowed}, in any case; anything else is an issue listing them. */
        <E extends Enum<E>> E choice(Map<String, Cell> cells, String field, Class<E> type, List<E> allowed,
                String at) {
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

        Boolean yesNo(Map<String, Cell> cells, String field, String at) {
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

        List<String> list(Map<String, Cell> cells, String field, String at) {
            String text = text(cells, field, Cell.MAX_LIST, at);
            return text == null ? null
                    : Arrays.stream(text.split("[,，、;；]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
    }
}
