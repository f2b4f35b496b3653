package io.pacer.ingest.register;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.pacer.ingest.Inputs;
import io.pacer.ingest.xlsx.Cell;
import io.pacer.ingest.xlsx.SheetRow;
import io.pacer.support.web.FieldIssue;

/**
 * One sheet of the registers workbook as it streams: the first row is the header, each label naming one of the
 * sheet's fields by its last word in any case ({@code 名称 Name} is {@code name}; a label naming none is an issue
 * {@code regions row 1}); every later row becomes a {@link WorkbookSheet.Row} of its cells by field.
 */
public final class SheetTable implements Consumer<SheetRow> {

    private final String name;
    private final List<String> known;
    private final List<FieldIssue> issues;
    private final Map<Integer, String> fields = new HashMap<>();
    private final List<WorkbookSheet.Row> rows = new ArrayList<>();
    private boolean header = true;

    /** The sheet {@code name} with the columns {@code labels}; header issues go to {@code issues}. */
    public SheetTable(String name, List<String> labels, List<FieldIssue> issues) {
        this.name = name;
        this.known = fields(labels);
        this.issues = issues;
    }

    /** The field names of column labels: {@code 名称 name} is {@code name}. */
    static List<String> fields(List<String> labels) {
        return labels.stream().map(label -> label.substring(label.lastIndexOf(' ') + 1)).toList();
    }

    @Override
    public void accept(SheetRow row) {
        if (header) {
            header = false;
            row.cells().forEach((index, cell) -> known.stream()
                    .filter(field -> field.equalsIgnoreCase(SheetRow.key(cell.asText()))).findFirst()
                    .ifPresentOrElse(field -> fields.put(index, field), () -> issues.add(new FieldIssue(
                            name + " row " + row.number(), "column " + Inputs.quote(cell.asText())
                                    + " is none of " + String.join(", ", known)))));
            return;
        }
        Map<String, Cell> cells = new HashMap<>();
        row.cells().forEach((index, cell) -> {
            if (fields.containsKey(index)) {
                cells.put(fields.get(index), cell);
            }
        });
        rows.add(new WorkbookSheet.Row(row.number(), cells));
    }

    /** The rows below the header, in order. */
    public List<WorkbookSheet.Row> rows() {
        return rows;
    }
}
