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

/** The table as CSV: UTF-8 with a byte-order mark, because without it Excel reads Chinese as the local code page. */
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
                for (Object cell : row) {
                    cells.add(text(cell));
                }
                printer.printRecord(cells);
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        return cell instanceof BigDecimal d ? d.toPlainString() : cell.toString();
    }
}
