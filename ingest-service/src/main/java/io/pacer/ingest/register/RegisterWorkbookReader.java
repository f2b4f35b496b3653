package io.pacer.ingest.register;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.pacer.events.Basis;
import io.pacer.events.Better;
import io.pacer.events.EntityType;
import io.pacer.events.RegionLevel;
import io.pacer.ingest.register.RegisterRequests.EntityRequest;
import io.pacer.ingest.register.RegisterRequests.IndicatorRequest;
import io.pacer.ingest.register.RegisterRequests.ReferenceDocument;
import io.pacer.ingest.register.RegisterRequests.RegionRequest;
import io.pacer.ingest.register.WorkbookSheet.Row;
import io.pacer.ingest.xlsx.Cell;
import io.pacer.ingest.xlsx.SheetRow;
import io.pacer.ingest.xlsx.XlsxFile;
import io.pacer.support.web.ApiProblemException;
import io.pacer.support.web.FieldIssue;

/**
 * Reads a registers workbook ({@link RegisterSheets}) into the document {@code POST /api/v1/reference} takes, with
 * the row of every element and the cells that could not be read (an unknown column, a level or basis that is no
 * such value, a nonNegative that is no yes/no, text over 256 characters, an indicators list over 4,096), each named
 * {@code entities row 4: type}, and the rows of the other features' sheets ({@link WorkbookSheet}), read later by
 * their owners. Enum values are read in any case; an entity's indicators are separated by commas (, ，) or 、; empty
 * cells are absent fields. A workbook without any of the sheets, or without a single row, is 422.
 */
final class RegisterWorkbookReader {

    record Read(ReferenceDocument document, Map<String, List<Integer>> rows, List<FieldIssue> issues,
            Map<String, List<Row>> others) {
    }

    private RegisterWorkbookReader() {
    }

    static Read read(XlsxFile file) {
        return read(file, List.of());
    }

    static Read read(XlsxFile file, List<WorkbookSheet> others) {
        Map<String, List<String>> columns = new LinkedHashMap<>(RegisterSheets.COLUMNS);
        others.forEach(sheet -> columns.put(sheet.name(), sheet.columns()));
        Map<String, String> sheets = new HashMap<>();
        for (String name : file.sheetNames()) {
            String key = SheetRow.key(name);
            if (columns.containsKey(key)) {
                sheets.putIfAbsent(key, name);
            }
        }
        List<String> names = Stream.concat(RegisterSheets.SHEETS.stream(), others.stream().map(WorkbookSheet::name))
                .toList();
        if (sheets.isEmpty()) {
            throw ApiProblemException.unprocessable(List.of(new FieldIssue("body",
                    "the workbook has none of the sheets " + String.join(", ", names))));
        }
        List<FieldIssue> issues = new ArrayList<>();
        Map<String, List<Row>> read = new HashMap<>();
        for (String sheet : names) {
            SheetTable table = new SheetTable(sheet, columns.get(sheet), issues);
            if (sheets.containsKey(sheet)) {
                file.read(sheets.get(sheet), table);
            }
            read.put(sheet, table.rows());
        }
        if (read.values().stream().allMatch(List::isEmpty)) {
            throw ApiProblemException.unprocessable(List.of(new FieldIssue("body",
                    "the sheets " + String.join(", ", names) + " hold no rows below their headers")));
        }
        Map<String, List<Integer>> rows = new HashMap<>();
        RegisterSheets.SHEETS.forEach(sheet -> rows.put(sheet, read.get(sheet).stream().map(Row::number).toList()));
        Map<String, List<Row>> other = new LinkedHashMap<>();
        others.forEach(sheet -> other.put(sheet.name(), read.get(sheet.name())));
        SheetCells f = new SheetCells(issues);
        ReferenceDocument document = new ReferenceDocument(
                each(RegisterSheets.REGIONS, read, (c, at) -> new RegionRequest(f.text(c, "id", at),
                        f.text(c, "name", at), f.text(c, "nameEn", at), f.text(c, "parentId", at),
                        f.choice(c, "level", RegionLevel.class, at))),
                each(RegisterSheets.INDICATORS, read, (c, at) -> new IndicatorRequest(f.text(c, "code", at),
                        f.text(c, "name", at), f.text(c, "nameEn", at), f.text(c, "unit", at),
                        f.choice(c, "basis", Basis.class, at), f.choice(c, "better", Better.class, at),
                        f.text(c, "shareOf", at), f.yesNo(c, "nonNegative", at))),
                each(RegisterSheets.ENTITIES, read, (c, at) -> new EntityRequest(f.text(c, "id", at),
                        f.text(c, "name", at), f.choice(c, "type", EntityType.registrable(), at),
                        f.text(c, "regionId", at), f.list(c, "indicators", at))));
        return new Read(document, rows, issues, other);
    }

    private interface Element<T> {
        T of(Map<String, Cell> cells, String at);
    }

    private static <T> List<T> each(String sheet, Map<String, List<Row>> read, Element<T> element) {
        return read.get(sheet).stream().map(row -> element.of(row.cells(), row.at(sheet))).toList();
    }
}
