package io.pacer.aggregate.ranking;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The table as an xlsx workbook: a title row (region, indicator, period, basis), a bold header row, then the rows,
 * numbers as numeric cells so that the office can sum and sort them.
 */
final class XlsxExport {

    static final int TITLE_ROW = 0;
    static final int HEADER_ROW = 1;
    static final int FIRST_DATA_ROW = 2;

    private XlsxExport() {
    }

    static byte[] write(ExportTable table) {
        try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("排名 Ranking");
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle header = book.createCellStyle();
            header.setFont(bold);
            CellStyle percent = book.createCellStyle();
            percent.setDataFormat(book.createDataFormat().getFormat("0.0"));
            Cell title = sheet.createRow(TITLE_ROW).createCell(0);
            title.setCellValue(table.title());
            title.setCellStyle(header);
            Row head = sheet.createRow(HEADER_ROW);
            List<ExportTable.Column> columns = table.columns();
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(columns.get(c).header());
                cell.setCellStyle(header);
            }
            int r = FIRST_DATA_ROW;
            for (List<Object> values : table.rows()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    fill(row.createCell(c), values.get(c), columns.get(c).kind() == ExportTable.Kind.PERCENT
                            ? percent : null);
                }
            }
            sheet.createFreezePane(0, FIRST_DATA_ROW);
            for (int c = 0; c < columns.size(); c++) {
                sheet.setColumnWidth(c, 16 * 256);
            }
            book.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fill(Cell cell, Object value, CellStyle style) {
        if (value == null) {
            return; // a blank cell, as in the JSON's null
        }
        if (value instanceof BigDecimal d) {
            cell.setCellValue(d.doubleValue());
        } else if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else {
            cell.setCellValue(value.toString());
        }
        if (style != null) {
            cell.setCellStyle(style);
        }
    }
}
