package io.pacer.ingest.register;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import io.pacer.events.Basis;
import io.pacer.events.Better;
import io.pacer.events.EntityType;
import io.pacer.events.Indicator;
import io.pacer.events.Region;
import io.pacer.events.RegionLevel;
import io.pacer.events.ReportingEntity;
import io.pacer.ingest.xlsx.XlsxFile;
import io.pacer.support.security.PacerPrincipal;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The registers workbook ({@link RegisterSheets}) holding the current registers, for the office to edit and send
 * back to {@code POST /api/v1/reference/xlsx}: bold headers, the enum columns with a drop-down of their values;
 * then the other features' sheets ({@link WorkbookSheet}), their dates as date cells shown {@code yyyy-mm-dd}.
 */
final class RegisterTemplate {

    private RegisterTemplate() {
    }

    static XSSFWorkbook of(List<Region> regions, List<Indicator> indicators, List<ReportingEntity> entities) {
        return of(regions, indicators, entities, List.of(), null);
    }

    /** The three register sheets, then each of {@code others} with what {@code principal} may read of it. */
    static XSSFWorkbook of(List<Region> regions, List<Indicator> indicators, List<ReportingEntity> entities,
            List<WorkbookSheet> others, PacerPrincipal principal) {
        XSSFWorkbook book = new XSSFWorkbook();
        Font font = book.createFont();
        font.setBold(true);
        CellStyle bold = book.createCellStyle();
        bold.setFont(font);
        XSSFSheet sheet = sheet(book, RegisterSheets.REGIONS, bold);
        for (Region r : regions) {
            row(sheet, r.id(), r.name(), r.nameEn(), r.parentId(), name(r.level()));
        }
        choices(sheet, 4, names(RegionLevel.values()));
        sheet = sheet(book, RegisterSheets.INDICATORS, bold);
        for (Indicator i : indicators) {
            XSSFRow row = row(sheet, i.code(), i.name(), i.nameEn(), i.unit(), name(i.basis()), name(i.better()),
                    i.shareOf());
            row.createCell(7).setCellValue(i.nonNegative());
        }
        choices(sheet, 4, names(Basis.values()));
        choices(sheet, 5, names(Better.values()));
        sheet = sheet(book, RegisterSheets.ENTITIES, bold);
        for (ReportingEntity e : entities) {
            row(sheet, e.id(), e.name(), name(e.type()), e.regionId(),
                    e.indicators() == null ? null : String.join(",", e.indicators()));
        }
        choices(sheet, 2, EntityType.registrable().stream().map(Enum::name).toList());
        for (WorkbookSheet other : others) {
            other(book, other, principal, bold);
        }
        return book;
    }

    private static void other(XSSFWorkbook book, WorkbookSheet other, PacerPrincipal principal, CellStyle bold) {
        XSSFSheet sheet = sheet(book, other.name(), other.columns(), bold);
        CellStyle day = book.createCellStyle();
        day.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
        for (List<Object> values : other.current(principal)) {
            XSSFRow row = sheet.createRow(sheet.getLastRowNum() + 1);
            for (int c = 0; c < values.size(); c++) {
                Object value = values.get(c);
                if (value instanceof LocalDate d) {
                    row.createCell(c).setCellValue(d);
                    row.getCell(c).setCellStyle(day);
                }
                else if (value instanceof BigDecimal n) {
                    row.createCell(c).setCellValue(n.doubleValue());
                }
                else if (value instanceof Boolean b) {
                    row.createCell(c).setCellValue(b);
                }
                else if (value != null) {
                    row.createCell(c).setCellValue(value.toString());
                }
            }
        }
        other.choices().forEach((column, values) -> choices(sheet, column, values));
    }

    private static XSSFSheet sheet(XSSFWorkbook book, String name, CellStyle bold) {
        return sheet(book, name, RegisterSheets.COLUMNS.get(name), bold);
    }

    private static XSSFSheet sheet(XSSFWorkbook book, String name, List<String> labels, CellStyle bold) {
        XSSFSheet sheet = book.createSheet(name);
        XSSFRow header = sheet.createRow(0);
        for (int c = 0; c < labels.size(); c++) {
            header.createCell(c).setCellValue(labels.get(c));
            header.getCell(c).setCellStyle(bold);
            sheet.setColumnWidth(c, 18 * 256);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    private static XSSFRow row(XSSFSheet sheet, String... values) {
        XSSFRow row = sheet.createRow(sheet.getLastRowNum() + 1);
        for (int c = 0; c < values.length; c++) {
            if (values[c] != null) {
                row.createCell(c).setCellValue(values[c]);
            }
        }
        return row;
    }

    private static void choices(XSSFSheet sheet, int column, List<String> values) {
        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
        sheet.addValidationData(helper.createValidation(helper.createExplicitListConstraint(
                values.toArray(String[]::new)), new CellRangeAddressList(1, XlsxFile.MAX_ROWS - 1, column, column)));
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
