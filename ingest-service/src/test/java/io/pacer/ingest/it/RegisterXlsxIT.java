package io.pacer.ingest.it;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import io.pacer.ingest.xlsx.TestWorkbooks;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The registers (名录) as one workbook: the template of the current registers, and an upload applied or refused. */
class RegisterXlsxIT extends IngestITBase {

    static final String XLSX = XlsxIT.XLSX;

    @Test
    void theTemplateHoldsTheThreeSheetsWithTheCurrentRegisters() throws IOException {
        Http.Download template = http.download("/api/v1/reference/template.xlsx", fixture.admin);

        assertThat(template.status()).isEqualTo(200);
        assertThat(template.header("Content-Disposition")).contains("filename*=UTF-8''");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template.body()))) {
            assertThat(List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2)))
                    .containsExactly("regions", "indicators", "entities");
            assertThat(book.getSheet("regions").getRow(0).getCell(4).getStringCellValue()).isEqualTo("层级 level");
            assertThat(book.getSheet("entities").getRow(0).getCell(4).getStringCellValue()).endsWith("indicators");
            List<String> regionIds = new java.util.ArrayList<>();
            book.getSheet("regions").forEach(row -> regionIds.add(row.getCell(0).getStringCellValue()));
            assertThat(regionIds).contains("c1", "d1", "t2");
        }
    }

    @Test
    void anUploadedWorkbookIsAppliedAsTheJsonDocumentIs() {
        XSSFWorkbook book = TestWorkbooks.sheet("regions", List.of(
                List.of("区划代码 id", "名称 name", "英文名称 nameEn", "层级 level"),
                List.of("xc1", "表格市", "Sheet City", "city")));
        TestWorkbooks.sheet(book, "indicators", List.of(
                List.of("code", "name", "unit", "basis", "better", "nonNegative"),
                List.of("xlsx_widgets", "小部件", "个", "MONTHLY", "LOWER", false)));

        Http.Response response = http.send("POST", "/api/v1/reference/xlsx", fixture.admin, XLSX,
                TestWorkbooks.bytes(book));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("regions").asInt()).isEqualTo(1);
        JsonNode region = http.get("/api/v1/regions/xc1", fixture.admin).json();
        assertThat(region.get("name").asString()).isEqualTo("表格市");
        assertThat(region.get("level").asString()).isEqualTo("CITY");
        JsonNode indicator = http.get("/api/v1/indicators/xlsx_widgets", fixture.e1).json();
        assertThat(indicator.get("better").asString()).isEqualTo("LOWER");
        assertThat(indicator.get("nonNegative").asBoolean()).isFalse();
    }

    @Test
    void badRowsAreNamedBySheetAndRowAndNothingIsApplied() {
        XSSFWorkbook book = TestWorkbooks.sheet("regions", List.of(
                List.of("id", "name", "parentId", "level"),
                List.of("xd7", "好区", "c1", "DISTRICT"),
                List.of("xd8", "坏区", "c1", "VILLAGE")));
        TestWorkbooks.sheet(book, "entities", List.of(
                List.of("id", "name", "type", "regionId", "indicators"),
                List.of("xe8", "无处单位", "ENTERPRISE", "nowhere", "fiscal_revenue")));

        Http.Response response = http.send("POST", "/api/v1/reference/xlsx", fixture.admin, XLSX,
                TestWorkbooks.bytes(book));

        assertThat(response.status()).as(response.body()).isEqualTo(422);
        JsonNode errors = response.json().get("errors");
        assertThat(errors).extracting(e -> e.get("field").asString())
                .contains("regions row 3: level", "entities row 2: regionId");
        assertThat(errors.get(0).get("message").asString()).isEqualTo(
                "must be one of CITY, DISTRICT, TOWN, was 'VILLAGE'");
        assertThat(http.get("/api/v1/regions/xd7", fixture.admin).status()).isEqualTo(404);
    }

    @Test
    void onlyTheStatisticsOfficeUploadsRegisters() {
        byte[] body = TestWorkbooks.bytes(TestWorkbooks.sheet("regions", List.of(List.of("id", "name", "level"),
                List.of("xc2", "别市", "CITY"))));

        Http.Response response = http.send("POST", "/api/v1/reference/xlsx", fixture.e1, XLSX, body);

        assertThat(response.status()).isEqualTo(403);
        assertThat(http.get("/api/v1/regions/xc2", fixture.admin).status()).isEqualTo(404);
    }
}
