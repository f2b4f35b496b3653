package io.pacer.ingest.xlsx;

import java.util.Map;

/**
 * A row of an uploaded sheet that holds at least one non-blank cell.
 *
 * @param number the row's number as Excel shows it (from 1)
 * @param cells the non-blank cells by column index (0 is column A), only the first {@link XlsxFile#MAX_COLUMNS}
 */
public record SheetRow(int number, Map<Integer, Cell> cells) {

    /** The cell of column {@code index}, or a blank one. */
    public Cell cell(int index) {
        return cells.getOrDefault(index, new Cell(Cell.Kind.TEXT, ""));
    }

    /** The column's text ({@link Cell#asText()}), empty when the cell is blank. */
    public String text(int index) {
        return cell(index).asText();
    }

    /** The last word of a label such as {@code 指标代码 code}, lower-cased: how a header names its column. */
    public String key(int index) {
        return key(text(index));
    }

    public static String key(String label) {
        String[] words = label.strip().split("[\\s\u3000]+");
        return words[words.length - 1].toLowerCase(java.util.Locale.ROOT);
    }
}
