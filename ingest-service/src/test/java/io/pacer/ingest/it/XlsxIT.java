package io.pacer.ingest.it;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import io.pacer.ingest.xlsx.TestWorkbooks;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.pacer.ingest.it.Fixture.submission;
import static org.assertj.core.api.Assertions.assertThat;

/** The reporters' Excel template and upload, over real HTTP onto the real ledger; hostile files refused. */
class XlsxIT extends IngestITBase {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** The template's first indicator row, 0-based (Excel's row 9). */
    static final int FIRST = 8;

    @Test
    void theTemplateHasARowPerIndicatorWithLastYearsValuePrefilled() throws IOException {
        send(fixture.e2, submission("e2", "2022-03", "fiscal_revenue", "300"));

        Http.Download template = http.download("/api/v1/templates/e2.xlsx?period=2023-03", fixture.e2);

        assertThat(template.status()).isEqualTo(200);
        assertThat(template.header("Content-Type")).isEqualTo(XLSX);
        assertThat(template.header("Content-Disposition")).startsWith("attachment; filename=\"e2-2023-03.xlsx\"")
                .contains("filename*=UTF-8''%E4%B8%9C%E8%A1%97%E9%81%93"); // 东街道
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template.body()))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("e2");
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("2023-03");
            assertThat(sheet.getRow(FIRST - 1).getCell(4).getStringCellValue()).isEqualTo("上年同期 prior_year_value");
            XSSFRow fiscal = sheet.getRow(FIRST);
            assertThat(fiscal.getCell(0).getStringCellValue()).isEqualTo("fiscal_revenue");
            assertThat(fiscal.getCell(1).getStringCellValue()).isEqualTo("财政收入");
            assertThat(fiscal.getCell(2).getStringCellValue()).isEqualTo("万元");
            assertThat(fiscal.getCell(4).getNumericCellValue()).isEqualTo(300.0);
            assertThat(sheet.getRow(FIRST + 1) == null).as("e2 reports one indicator").isTrue();
        }
    }

    @Test
    void aFilledTemplateIsAcceptedAndItsFiguresReachTheLedger() throws IOException {
        byte[] filled = fill(http.download("/api/v1/templates/e1.xlsx?period=2023-06", fixture.e1).body(),
                new Object[] { 1234.5, null, null, -7 });
        LedgerReader ledger = ledger();

        Http.Response response = http.send("POST", "/api/v1/submissions/xlsx", fixture.e1, XLSX, filled);

        assertThat(response.status()).as(response.body()).isEqualTo(202);
        String id = response.json().get("submissionIds").get(0).asString();
        assertThat(response.json().get("acceptedAt").asString()).isEqualTo("2026-03-20T02:00:00Z");
        List<LedgerReader.Entry> recorded = ledger.readAll(r -> r.submissionId().equals(id)
                && r.indicator().equals("net_migration")).stream()
                .filter(e -> e.record().submissionId().equals(id)).toList();
        assertThat(recorded).extracting(e -> e.record().indicator()).containsExactly("fiscal_revenue", "net_migration");
        assertThat(recorded).extracting(e -> e.record().period()).containsOnly("2023-06");
        assertThat(recorded.get(0).record().value()).isEqualByComparingTo("1234.5");
        assertThat(recorded.get(1).record().value()).isEqualByComparingTo("-7");
    }

    @Test
    void badRowsAreAllNamedInOne422AndNothingReachesTheLedger() throws IOException {
        byte[] bad = fill(http.download("/api/v1/templates/e1.xlsx?period=2023-05", fixture.e1).body(),
                new Object[] { "about 500", 1.1234567, 12, null });
        LedgerReader ledger = ledger();

        Http.Response response = http.send("POST", "/api/v1/submissions/xlsx", fixture.e1, XLSX, bad);

        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode errors = response.json().get("errors");
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0).get("field").asString()).isEqualTo("row 9: value");
        assertThat(errors.get(0).get("message").asString()).isEqualTo("'about 500' is not a number");
        assertThat(errors.get(1).get("field").asString()).isEqualTo("row 10: value");
        assertThat(errors.get(1).get("message").asString()).contains("at most 6 digits after the decimal point");
        assertOnlyTheMarkerFollows(ledger);
    }

    @Test
    void aReporterCannotUploadAnotherEntitysTemplate() throws IOException {
        byte[] filled = fill(http.download("/api/v1/templates/e1.xlsx?period=2023-05", fixture.e1).body(),
                new Object[] { 1, null, null, null });

        Http.Response response = http.send("POST", "/api/v1/submissions/xlsx", fixture.e2, XLSX, filled);

        assertThat(response.status()).as(response.body()).isEqualTo(403);
        assertThat(response.body()).contains("row 2: entity_id");
    }

    @Test
    void aZipBombIsRefusedQuicklyWithoutRunningOutOfMemory() {
        byte[] bomb = TestWorkbooks.zipBomb(48);
        long start = System.nanoTime();

        Http.Response response = http.send("POST", "/api/v1/submissions/xlsx", fixture.e1, XLSX, bomb);

        assertThat(response.status()).as(response.body()).isEqualTo(413);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.body()).contains("zip bomb");
        assertThat(System.nanoTime() - start).isLessThan(10_000_000_000L);
        assertThat(http.get("/actuator/health", null).status()).isEqualTo(200);
    }

    @Test
    void somethingThatIsNotAnXlsxIs415() {
        Http.Response csv = http.send("POST", "/api/v1/submissions/xlsx", fixture.e1, XLSX,
                "entity_id,period,indicator,value,prior_year_value\n".getBytes());
        Http.Response wrongType = http.send("POST", "/api/v1/submissions/xlsx", fixture.e1, "text/plain",
                "hello".getBytes());

        assertThat(csv.status()).as(csv.body()).isEqualTo(415);
        assertThat(csv.body()).contains("not an xlsx");
        assertThat(wrongType.status()).as(wrongType.body()).isEqualTo(415);
    }

    @Test
    void anUploadWhoseContentLengthIsOverTheLimitIs413BeforeItIsRead() {
        Http.Response response = Http.headOnly(port, "/api/v1/submissions/xlsx", fixture.e1, 6L * 1024 * 1024);

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.body()).contains("Content-Length");
    }

    /** Types {@code values} into the value column of the template's indicator rows (null: left empty). */
    static byte[] fill(byte[] template, Object[] values) throws IOException {
        XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template));
        XSSFSheet sheet = book.getSheetAt(0);
        for (int k = 0; k < values.length; k++) {
            TestWorkbooks.set(sheet.getRow(FIRST + k).getCell(3), values[k]);
        }
        return TestWorkbooks.bytes(book); // closes the book
    }

    /** A valid submission sent now must be the very next thing on the ledger. */
    private void assertOnlyTheMarkerFollows(LedgerReader ledger) {
        Http.Response marker = http.postJson("/api/v1/submissions", fixture.e1,
                submission("e1", "2025-09", "net_migration", "7"));
        assertThat(marker.status()).as(marker.body()).isEqualTo(202);
        String id = marker.json().get("submissionId").asString();
        assertThat(ledger.readAll(r -> r.submissionId().equals(id)))
                .allSatisfy(e -> assertThat(e.record().submissionId()).isEqualTo(id));
    }

    private void send(String token, String json) {
        Http.Response response = http.postJson("/api/v1/submissions", token, json);
        assertThat(response.status()).as(response.body()).isEqualTo(202);
    }
}
