package io.pacer.aggregate.ranking;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The table as CSV: UTF-8 with a byte-order mark, because without it Excel reads Chinese as the local code page.
 * Cells are quoted as RFC 4180 asks (a comma, quote or line break in a cell).
 *
 * <p>Formula injection: a spreadsheet runs a cell that starts with {@code = + - @}, a tab or a carriage return as a
 * formula, and region names come from the registers, which reporters' offices fill in. Such a <em>text</em> cell
 * gets a leading single quote ({@code '=HYPERLINK(…)} shows as text). Only text columns are escaped: the numeric
 * columns hold numbers the aggregate computed ({@code -3.5} growth, {@code -1} rank change), and a quote there
 * would turn them into text that no longer sums or sorts.
 */
final class CsvExport {

    static final char BOM = '\uFEFF';

    private CsvExport() {
    }

    static byte[] write(ExportTable table) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // the header row comes first (no title line) so that the file reads back as plain data
        CSVFormat format = CSVFormat.EXCEL.builder()
                .setHeader(table.columns().stream().map(ExportTable.Column::header).toArray(String[]::new)).get();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            // before the printer: it writes the header as soon as it is made
            out.write(BOM);
            CSVPrinter printer = new CSVPrinter(out, format);
            for (List<Object> row : table.rows()) {
                List<String> cells = new ArrayList<>(row.size());
                for (int i = 0; i < row.size(); i++) {
                    String text = text(row.get(i));
                    cells.add(table.columns().get(i).kind() == ExportTable.Kind.TEXT ? defused(text) : text);
                }
                printer.printRecord(cells);
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A text cell a spreadsheet would read as a formula, made plain text by a leading single quote. */
    static String defused(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                || first == '\r';
        return formula ? "'" + text : text;
    }

    private static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        return cell instanceof BigDecimal d ? d.toPlainString() : cell.toString();
    }
}
