package io.pacer.ingest.register;

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
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The registers workbook ({@link RegisterSheets}) holding the current registers, for the office to edit and send
 * back to {@code POST /api/v1/reference/xlsx}: bold headers, the enum columns with a drop-down of their values.
 */
final class RegisterTemplate {

    private RegisterTemplate() {
    }

    static XSSFWorkbook of(List<Region> regions, List<Indicator> indicators, List<ReportingEntity> entities) {
        XSSFWorkbook book = new XSSFWorkbook();
        Font font = book.createFont();
        font.setBold(true);
        CellStyle bold = book.createCellStyle();
        bold.setFont(font);
        XSSFSheet sheet = sheet(book, RegisterSheets.REGIONS, bold);
        for (Region r : regions) {
            row(sheet, r.id(), r.name(), r.nameEn(), r.parentId(), name(r.level()));
        }
        choices(sheet, 4, RegionLevel.values());
        sheet = sheet(book, RegisterSheets.INDICATORS, bold);
        for (Indicator i : indicators) {
            XSSFRow row = row(sheet, i.code(), i.name(), i.nameEn(), i.unit(), name(i.basis()), name(i.better()),
                    i.shareOf());
            row.createCell(7).setCellValue(i.nonNegative());
        }
        choices(sheet, 4, Basis.values());
        choices(sheet, 5, Better.values());
        sheet = sheet(book, RegisterSheets.ENTITIES, bold);
        for (ReportingEntity e : entities) {
            row(sheet, e.id(), e.name(), name(e.type()), e.regionId(),
                    e.indicators() == null ? null : String.join(",", e.indicators()));
        }
        choices(sheet, 2, EntityType.registrable().toArray(EntityType[]::new));
        return book;
    }

    private static XSSFSheet sheet(XSSFWorkbook book, String name, CellStyle bold) {
        XSSFSheet sheet = book.createSheet(name);
        List<String> labels = RegisterSheets.COLUMNS.get(name);
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

    private static void choices(XSSFSheet sheet, int column, Enum<?>[] values) {
        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
        String[] names = Arrays.stream(values).map(Enum::name).toArray(String[]::new);
        sheet.addValidationData(helper.createValidation(helper.createExplicitListConstraint(names),
                new CellRangeAddressList(1, XlsxFile.MAX_ROWS - 1, column, column)));
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
