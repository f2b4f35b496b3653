package io.pacer.ingest.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.pacer.events.Basis;
import io.pacer.ingest.submission.TemplateLayout;
import io.pacer.ingest.xlsx.SheetRow;
import io.pacer.ingest.xlsx.TestWorkbooks;
import io.pacer.ingest.xlsx.XlsxFile;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TemplateWorkbookTest {

    static final ReportForm FORM = new ReportForm("e1", "创新科技有限公司", "t1", "科创园", "2026-02",
            Instant.parse("2026-03-15T16:00:00Z"), LocalDate.parse("2026-03-15"), true, BigDecimal.TEN, List.of(
                    new ReportForm.Row("fiscal_revenue", "财政收入", "Fiscal revenue", "万元", Basis.CUMULATIVE,
                            new BigDecimal("24000"), new BigDecimal("15452.5"), true, null),
                    new ReportForm.Row("net_migration", "净迁入人口", "Net migration", "人", Basis.MONTHLY, null,
                            new BigDecimal("123456789012345.678"), false, new BigDecimal("-3"))));

    @Test
    void eachIndicatorIsARowWithItsPriorYearValuePrefilledAndItsValueEmpty() {
        List<SheetRow> rows = new java.util.ArrayList<>();
        try (XlsxFile file = XlsxFile.open(TestWorkbooks.bytes(TemplateWorkbook.of(FORM)))) {
            file.read(TemplateLayout.SHEET, rows::add);
        }

        assertThat(rows.get(1).key(0)).isEqualTo(TemplateLayout.ENTITY_ID);
        assertThat(rows.get(1).text(1)).isEqualTo("e1");
        assertThat(rows.get(3).text(1)).isEqualTo("2026-02");
        SheetRow header = rows.get(6);
        assertThat(header.number()).isEqualTo(TemplateLayout.HEADER_ROW + 1);
        assertThat(header.key(3)).isEqualTo(TemplateLayout.VALUE);
        SheetRow fiscal = rows.get(7);
        assertThat(fiscal.text(0)).isEqualTo("fiscal_revenue");
        assertThat(fiscal.text(1)).isEqualTo("财政收入");
        assertThat(fiscal.text(2)).isEqualTo("万元");
        assertThat(fiscal.cells()).doesNotContainKey(3);
        assertThat(fiscal.cell(4).number().value()).isEqualByComparingTo("15452.5");
        assertThat(fiscal.cell(5).number().value()).isEqualByComparingTo("24000");
        // more digits than a double keeps: written as text, so it comes back exactly
        assertThat(rows.get(8).cell(4).number().value()).isEqualByComparingTo("123456789012345.678");
        assertThat(rows.get(8).cell(6).number().value()).isEqualByComparingTo("-3");
    }

    @Test
    void theSheetIsProtectedSoOnlyTheValueAndAMissingPriorYearCanBeTyped() {
        XSSFSheet sheet = TemplateWorkbook.of(FORM).getSheet(TemplateLayout.SHEET);
        int first = TemplateLayout.HEADER_ROW + 1;

        assertThat(sheet.isSheetLocked()).isTrue();
        assertThat(sheet.getRow(first).getCell(0).getCellStyle().getLocked()).isTrue();
        assertThat(sheet.getRow(first).getCell(3).getCellStyle().getLocked()).isFalse();
        assertThat(sheet.getRow(first).getCell(4).getCellStyle().getLocked()).as("Pacer has last year").isTrue();
        assertThat(sheet.getRow(first + 1).getCell(4).getCellStyle().getLocked()).as("Pacer lacks it").isFalse();
        assertThat(sheet.getDataValidations()).hasSize(2);
        assertThat(sheet.getRow(1).getCell(1).getCellStyle().getLocked()).isTrue();
    }

    @Test
    void anEntityWithoutIndicatorsStillGetsAReadableTemplate() {
        ReportForm empty = new ReportForm("e9", "x", "t1", "科创园", "2026-02", FORM.deadline(), FORM.deadlineDay(),
                false, BigDecimal.TEN, List.of());

        XSSFWorkbook book = TemplateWorkbook.of(empty);

        assertThat(book.getSheet(TemplateLayout.SHEET).getLastRowNum()).isEqualTo(TemplateLayout.HEADER_ROW);
    }
}
