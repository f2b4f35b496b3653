package io.pacer.ingest.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Workbooks built with POI for tests, and hostile ones built by hand. */
public final class TestWorkbooks {

    public static final String SHEET_ENTRY = "xl/worksheets/sheet1.xml";

    private TestWorkbooks() {
    }

    public static byte[] bytes(Workbook book) {
        try (book; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.write(out);
            return out.toByteArray();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One sheet of rows from row 1: a String is a text cell ({@code =…} a formula without a saved result), a Number a
     * numeric cell, a Boolean a boolean cell, null no cell.
     */
    public static XSSFWorkbook sheet(String name, List<List<Object>> rows) {
        XSSFWorkbook book = new XSSFWorkbook();
        sheet(book, name, rows);
        return book;
    }

    /** Adds a sheet of rows, as {@link #sheet(String, List)} writes them. */
    public static void sheet(XSSFWorkbook book, String name, List<List<Object>> rows) {
        XSSFSheet sheet = book.createSheet(name);
        for (int r = 0; r < rows.size(); r++) {
            XSSFRow row = sheet.createRow(r);
            for (int c = 0; c < rows.get(r).size(); c++) {
                set(row.createCell(c), rows.get(r).get(c));
            }
        }
    }

    public static void set(XSSFCell cell, Object value) {
        if (value instanceof String s && s.startsWith("=")) {
            cell.setCellFormula(s.substring(1));
        }
        else if (value instanceof String s) {
            cell.setCellValue(s);
        }
        else if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        }
        else if (value instanceof Boolean b) {
            cell.setCellValue(b);
        }
        else if (value == null) {
            cell.setBlank();
        }
    }

    /**
     * A real workbook whose first sheet's XML is {@code megabytes} MB of spaces between its tags: a few tens of KB
     * compressed, as a zip bomb is.
     */
    public static byte[] zipBomb(int megabytes) {
        byte[] valid = bytes(sheet("bomb", List.of(List.of("x"))));
        return replacing(valid, SHEET_ENTRY, out -> {
            out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats"
                    + ".org/spreadsheetml/2006/main\"><sheetData>").getBytes(StandardCharsets.US_ASCII));
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int k = 0; k < megabytes; k++) {
                out.write(spaces);
            }
            out.write("</sheetData></worksheet>".getBytes(StandardCharsets.US_ASCII));
        });
    }

    /** Writes an entry's content. */
    public interface Content {
        void write(OutputStream out) throws IOException;
    }

    /** The zip with {@code entry}'s content replaced, every entry deflated at the highest level. */
    public static byte[] replacing(byte[] zip, String entry, Content content) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.setLevel(Deflater.BEST_COMPRESSION);
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(entry)) {
                    content.write(out);
                }
                else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
            out.finish();
            return bytes.toByteArray();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
