package io.pacer.ingest.report;

import java.math.BigDecimal;

import io.pacer.ingest.submission.TemplateLayout;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A {@link ReportForm} as the reporter's Excel template ({@link TemplateLayout}). The sheet is protected without a
 * password, so everything but the value and (when Pacer lacks it) the prior-year cells is read-only; those cells are
 * white with a border, accept only a number within ±1e15 (Excel's own check), and show it in General format. Numbers
 * are written as numbers, except one with more than 15 significant digits, which is written as text so that it comes
 * back exactly.
 */
final class TemplateWorkbook {

    private TemplateWorkbook() {
    }

    static XSSFWorkbook of(ReportForm form) {
        XSSFWorkbook book = new XSSFWorkbook();
        Styles styles = new Styles(book);
        XSSFSheet sheet = book.createSheet(TemplateLayout.SHEET);
        text(sheet.createRow(0).createCell(0), TemplateLayout.TITLE, styles.bold);
        String due = form.deadlineDay() + (form.pastDeadline() ? "（已过 past）" : "");
        String[] area = { form.entityId(), form.entityName(), form.period(), due, TemplateLayout.HOW_TO };
        for (int k = 0; k < area.length; k++) {
            XSSFRow row = sheet.createRow(k + 1);
            text(row.createCell(0), TemplateLayout.AREA.get(k), styles.bold);
            text(row.createCell(1), area[k], styles.locked);
        }
        XSSFRow header = sheet.createRow(TemplateLayout.HEADER_ROW);
        for (int c = 0; c < TemplateLayout.COLUMNS.size(); c++) {
            text(header.createCell(c), TemplateLayout.COLUMNS.get(c), styles.header);
        }
        int value = TemplateLayout.column(TemplateLayout.VALUE);
        int priorYear = TemplateLayout.column(TemplateLayout.PRIOR_YEAR_VALUE);
        int r = TemplateLayout.HEADER_ROW + 1;
        for (ReportForm.Row row : form.rows()) {
            XSSFRow out = sheet.createRow(r++);
            text(out.createCell(0), row.indicator(), styles.locked);
            text(out.createCell(1), row.name(), styles.locked);
            text(out.createCell(2), row.unit(), styles.locked);
            number(out.createCell(value), null, styles.input);
            number(out.createCell(priorYear), row.priorYearValue(), row.priorYearKnown() ? styles.locked : styles.input);
            number(out.createCell(5), row.previousValue(), styles.locked);
            number(out.createCell(6), row.submittedValue(), styles.locked);
        }
        if (!form.rows().isEmpty()) {
            numbersOnly(sheet, TemplateLayout.HEADER_ROW + 1, r - 1, value, priorYear);
        }
        int[] widths = { 18, 28, 10, 16, 16, 16, 16 };
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.createFreezePane(0, TemplateLayout.HEADER_ROW + 1);
        sheet.enableLocking();
        sheet.lockFormatColumns(false);
        sheet.lockSelectLockedCells(false);
        sheet.lockSelectUnlockedCells(false);
        return book;
    }

    private static void numbersOnly(XSSFSheet sheet, int first, int last, int... columns) {
        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
        for (int column : columns) {
            DataValidation check = helper.createValidation(helper.createDecimalConstraint(OperatorType.BETWEEN,
                    "-1000000000000000", "1000000000000000"), new CellRangeAddressList(first, last, column, column));
            check.setShowErrorBox(true);
            check.createErrorBox("数值 Number", "请输入数值（至多6位小数）。Enter a number (at most 6 decimals).");
            sheet.addValidationData(check);
        }
    }

    private static void text(XSSFCell cell, String text, CellStyle style) {
        cell.setCellValue(text == null ? "" : text);
        cell.setCellStyle(style);
    }

    private static void number(XSSFCell cell, BigDecimal value, CellStyle style) {
        if (value != null && value.precision() <= 15) {
            cell.setCellValue(value.doubleValue());
        }
        else if (value != null) {
            cell.setCellValue(value.toPlainString());
        }
        cell.setCellStyle(style);
    }

    private static final class Styles {

        final CellStyle bold;
        final CellStyle header;
        final CellStyle locked;
        final CellStyle input;

        Styles(XSSFWorkbook book) {
            Font font = book.createFont();
            font.setBold(true);
            bold = book.createCellStyle();
            bold.setFont(font);
            header = book.createCellStyle();
            header.setFont(font);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setWrapText(true);
            locked = book.createCellStyle();
            locked.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            locked.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            input = book.createCellStyle();
            input.setLocked(false);
            input.setBorderBottom(BorderStyle.THIN);
            input.setBorderTop(BorderStyle.THIN);
            input.setBorderLeft(BorderStyle.THIN);
            input.setBorderRight(BorderStyle.THIN);
            input.setDataFormat(book.createDataFormat().getFormat("General"));
        }
    }
}
