package io.pacer.ingest.project;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.pacer.ingest.register.SheetTable;
import io.pacer.ingest.xlsx.TestWorkbooks;
import io.pacer.ingest.xlsx.XlsxFile;
import io.pacer.support.web.FieldIssue;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectSheetTest {

    private static final List<Object> HEADER = List.of("项目代码 id", "项目名称 Name", "regionId", "类别 category",
            "investmentWan", "aboveYi", "independentSite", "签约日期 signedOn", "pileOn", "startedOn", "completedOn");

    @Test
    void dateCellsAndYyyyMmDdTextAreDaysAndCategoryAndYesNoAreReadInAnyCase() {
        XSSFWorkbook book = TestWorkbooks.sheet("projects", List.of(HEADER,
                Arrays.asList("p-1", "甲项目", "t1", "industrial", 52000, "是", true, null, "2026-01-13", null, null),
                Arrays.asList("p-2", "乙项目", "t1", "Science_Talent", "800.5", "no", "Y", "2025-12-01",
                        null, "2026-02-01T00:00:00", null)));
        date(book, 1, 7, LocalDate.of(2026, 1, 3));
        date(book, 1, 9, LocalDate.of(2026, 2, 20));

        ProjectSheet.Read read = read(book);

        assertThat(read.issues()).isEmpty();
        assertThat(read.entries().stream().map(ProjectSheet.Entry::request).toList()).usingRecursiveComparison()
                .withComparatorForType(java.math.BigDecimal::compareTo, java.math.BigDecimal.class).isEqualTo(List.of(
                new ProjectRequest("p-1", "甲项目", "t1", "INDUSTRIAL", new java.math.BigDecimal("52000"), true, true,
                        "2026-01-03", "2026-01-13", "2026-02-20", null),
                new ProjectRequest("p-2", "乙项目", "t1", "SCIENCE_TALENT", new java.math.BigDecimal("800.5"), false,
                        true, "2025-12-01", null, "2026-02-01", null)));
        assertThat(read.entries()).extracting(e -> e.row().number()).containsExactly(2, 3);
    }

    @Test
    void aBadCategoryDateYesNoOrNumberAndARepeatedIdAreNamedByRow() {
        XSSFWorkbook book = TestWorkbooks.sheet("projects", List.of(HEADER,
                Arrays.asList("p-1", "甲", "t1", "INDUSTRIAL", 500, false, true, "2026-01-03"),
                Arrays.asList("p-2", "乙", "t1", "FACTORY", 500, false, true, "2026/01/03", "2026-02-30"),
                Arrays.asList("p-1", "丙", "t1", "OTHER", "lots", "maybe", true, "2026-01-05", null, null,
                        "yesterday")));
        date(book, 3, 9, LocalDate.of(2026, 1, 9));

        ProjectSheet.Read read = read(book);

        assertThat(read.issues()).extracting(FieldIssue::field).containsExactly("projects row 3: category",
                "projects row 3: signedOn", "projects row 3: pileOn", "projects row 4: investmentWan",
                "projects row 4: aboveYi", "projects row 4: completedOn", "projects row 4: id");
        assertThat(read.issues().get(0).message()).isEqualTo(
                "must be one of INDUSTRIAL, SCIENCE_TALENT, OTHER, was 'FACTORY'");
        assertThat(read.issues().get(1).message()).isEqualTo(
                "must be a date: a date cell or text YYYY-MM-DD, was '2026/01/03'");
        assertThat(read.issues().get(6).message()).isEqualTo("project 'p-1' is already in row 2");
        assertThat(read.entries().get(1).request().signedOn()).isNull();
        assertThat(read.entries().get(2).request().startedOn()).isEqualTo("2026-01-09");
    }

    @Test
    void aNumberOutsideExcelsDaysIsNoDate() {
        XSSFWorkbook book = TestWorkbooks.sheet("projects", List.of(HEADER,
                Arrays.asList("p-1", "甲", "t1", "OTHER", 5, false, true, -3)));

        assertThat(read(book).issues()).containsExactly(new FieldIssue("projects row 2: signedOn",
                "must be a date: a date cell or text YYYY-MM-DD, was '-3'"));
    }

    private static void date(XSSFWorkbook book, int row, int column, LocalDate day) {
        CellStyle style = book.createCellStyle();
        style.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
        XSSFRow r = book.getSheet("projects").getRow(row);
        r.createCell(column).setCellValue(day);
        r.getCell(column).setCellStyle(style);
    }

    private static ProjectSheet.Read read(XSSFWorkbook book) {
        List<FieldIssue> header = new ArrayList<>();
        SheetTable table = new SheetTable("projects", new ProjectSheet(null, null, null).columns(), header);
        try (XlsxFile file = XlsxFile.open(TestWorkbooks.bytes(book))) {
            file.read("projects", table);
        }
        assertThat(header).isEmpty();
        return ProjectSheet.read(table.rows());
    }
}
