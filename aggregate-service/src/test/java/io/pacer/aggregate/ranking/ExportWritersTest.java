package io.pacer.aggregate.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ExportWritersTest {

    /** The High-tech Zone first by growth, a tie-free second, and a town with no figure yet (nulls, last). */
    private static Views.Ranking ranking() {
        return new Views.Ranking("D1", "fiscal_revenue", "2026-02", "growth", List.of(
                new Views.Row(1, 2, "Z1", "高新区", new BigDecimal("24600.125"), new BigDecimal("15452.26"),
                        59.19999, 62.26415094339623, 3, 3, 0),
                new Views.Row(2, -1, "T1", "城关镇, \"老城\"", new BigDecimal("14910"), new BigDecimal("14200"),
                        -0.04, 37.7358, 1, 2, 0),
                new Views.Row(null, null, "T3", "东湖街道", null, null, null, null, 0, 1, 0)));
    }

    private static ExportTable table() {
        return ExportTable.of(ranking(), "一区", "一般公共预算收入", "万元");
    }

    @Test
    void csvTextCellsThatASpreadsheetWouldRunAsAFormulaAreQuotedAndNegativeNumbersStayNumbers() throws IOException {
        Views.Ranking hostile = new Views.Ranking("D1", "fiscal_revenue", "2026-02", "growth", List.of(
                new Views.Row(1, -3, "=1+1", "=HYPERLINK(\"http://evil\",\"x\")", new BigDecimal("-3.5"),
                        new BigDecimal("10"), -35.0, null, 1, 1, 0),
                new Views.Row(2, 0, "+T2", "@SUM(A1)", null, null, null, null, 0, 1, 0),
                new Views.Row(3, 0, "-T3", "\tTab, town", null, null, null, null, 0, 1, 0),
                new Views.Row(4, 0, "T4", "\rCR", null, null, null, null, 0, 1, 0),
                new Views.Row(5, 0, "T5", "Plain-name = fine", null, null, null, null, 0, 1, 0)));
        String text = new String(CsvExport.write(ExportTable.of(hostile, "一区", "收入", "万元")),
                StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> records = CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
        assertThat(records.get(0).values()).containsExactly("1", "-3", "'=1+1", "'=HYPERLINK(\"http://evil\",\"x\")",
                "-3.5", "10", "-35.0", "", "1", "1");
        assertThat(records.get(1).get(2)).isEqualTo("'+T2");
        assertThat(records.get(1).get(3)).isEqualTo("'@SUM(A1)");
        assertThat(records.get(2).get(2)).isEqualTo("'-T3");
        assertThat(records.get(2).get(3)).isEqualTo("'\tTab, town");
        assertThat(records.get(3).get(3)).isEqualTo("'\rCR");
        assertThat(records.get(4).get(3)).isEqualTo("Plain-name = fine");
        // RFC 4180: a cell with a comma or quotes is quoted, its quotes doubled
        assertThat(text).contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"");
    }

    @Test
    void csvStartsWithAByteOrderMarkAndReadsBackAsTheRankingRows() throws IOException {
        byte[] bytes = CsvExport.write(table());
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> records = CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
        assertThat(records.get(0).getParser().getHeaderNames()).containsExactly("排名 Rank", "排名变化 Rank change",
                "地区代码 Region ID", "地区 Region", "本年累计 YTD (万元)", "上年同期 Prior YTD (万元)",
                "同比增幅% Growth %", "占比% Share %", "已报 Reported", "应报 Expected");
        assertThat(records).hasSize(3);
        assertThat(records.get(0).values()).containsExactly("1", "2", "Z1", "高新区", "24600.125", "15452.26",
                "59.2", "62.3", "3", "3");
        assertThat(records.get(1).values()).containsExactly("2", "-1", "T1", "城关镇, \"老城\"", "14910", "14200",
                "0.0", "37.7", "1", "2");
        assertThat(records.get(2).values()).containsExactly("", "", "T3", "东湖街道", "", "", "", "", "0", "1");
    }

    @Test
    void xlsxHasATitleABoldHeaderAndNumericCells() throws IOException {
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(XlsxExport.write(table())))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(XlsxExport.TITLE_ROW).getCell(0).getStringCellValue())
                    .isEqualTo("一区 · 一般公共预算收入 (万元) · 2026-02 · 按增幅排名 by growth");
            Row header = sheet.getRow(XlsxExport.HEADER_ROW);
            assertThat(header.getCell(3).getStringCellValue()).isEqualTo("地区 Region");
            assertThat(book.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            Row zone = sheet.getRow(XlsxExport.FIRST_DATA_ROW);
            assertThat(zone.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(zone.getCell(0).getNumericCellValue()).isEqualTo(1.0);
            assertThat(zone.getCell(3).getStringCellValue()).isEqualTo("高新区");
            assertThat(zone.getCell(4).getNumericCellValue()).isEqualTo(24600.125);
            assertThat(zone.getCell(6).getNumericCellValue()).isEqualTo(59.2);
            assertThat(zone.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("0.0");
            Row empty = sheet.getRow(XlsxExport.FIRST_DATA_ROW + 2);
            assertThat(empty.getCell(0).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(empty.getCell(9).getNumericCellValue()).isEqualTo(1.0);
            assertThat(sheet.getLastRowNum()).isEqualTo(XlsxExport.FIRST_DATA_ROW + 2);
        }
    }

    @Test
    void anEmptyRankingStillHasItsHeader() {
        Views.Ranking none = new Views.Ranking("D9", "x", "2026-01", "value", List.of());
        String text = new String(CsvExport.write(ExportTable.of(none, "九区", "x", null)), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF排名 Rank,").contains("本年累计 YTD,").endsWith("应报 Expected\r\n");
    }

    @Test
    void theFilenameIsAsciiWithTheExactNameAsRfc5987() {
        assertThat(RankingExportController.attachment("ranking-高新区-rev-2026-02-value.csv")).isEqualTo(
                "attachment; filename=\"ranking-___-rev-2026-02-value.csv\"; "
                        + "filename*=UTF-8''ranking-%E9%AB%98%E6%96%B0%E5%8C%BA-rev-2026-02-value.csv");
    }
}
