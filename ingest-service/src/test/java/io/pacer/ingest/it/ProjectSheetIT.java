package io.pacer.ingest.it;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.pacer.events.PacerJson;
import io.pacer.events.ProjectCategory;
import io.pacer.events.ProjectRecord;
import io.pacer.events.Topics;
import io.pacer.ingest.xlsx.TestWorkbooks;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The projects sheet of the registers workbook: applied after the registers as PUTs, or the whole upload refused. */
class ProjectSheetIT extends IngestITBase {

    private static final List<Object> HEADER = List.of("项目代码 id", "项目名称 name", "所在区划 regionId",
            "类别 category", "investmentWan", "aboveYi", "independentSite", "signedOn", "pileOn", "startedOn",
            "completedOn");

    @Test
    void projectsInALeafRegionTheSameWorkbookCreatesArePutAfterIt() {
        XSSFWorkbook book = TestWorkbooks.sheet("regions", List.of(List.of("id", "name", "parentId", "level"),
                List.of("xpt1", "项目新镇", "d1", "TOWN")));
        TestWorkbooks.sheet(book, "projects", List.of(HEADER,
                Arrays.asList("xp-1", "智能制造项目", "xpt1", "industrial", 52000, "是", "是", null, "2026-01-13"),
                Arrays.asList("xp-2", "人才公寓", "xpt1", "SCIENCE_TALENT", "800", false, true, "2025-12-01")));
        CellStyle day = book.createCellStyle();
        day.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
        book.getSheet("projects").getRow(1).createCell(7).setCellValue(LocalDate.of(2026, 1, 3));
        book.getSheet("projects").getRow(1).getCell(7).setCellStyle(day);

        Map<String, ProjectRecord> published;
        Http.Response response;
        try (LedgerReader topic = new LedgerReader(brokers, Topics.PROJECTS)) {
            response = http.send("POST", "/api/v1/reference/xlsx", ADMIN, RegisterXlsxIT.XLSX,
                    TestWorkbooks.bytes(book));
            published = topic.readRaw(Duration.ofSeconds(2)).stream().collect(Collectors.toMap(
                    ConsumerRecord::key, r -> PacerJson.read(r.value(), ProjectRecord.class)));
        }

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("regions").asInt()).isEqualTo(1);
        assertThat(response.json().get("projects").asInt()).isEqualTo(2);
        assertThat(published).containsOnlyKeys("xp-1", "xp-2");
        assertThat(published.get("xp-1").signedOn()).isEqualTo(LocalDate.of(2026, 1, 3));
        assertThat(published.get("xp-1").category()).isEqualTo(ProjectCategory.INDUSTRIAL);
        assertThat(published.get("xp-2").aboveYi()).isFalse();
        JsonNode listed = http.get("/api/v1/projects?region=xpt1", ADMIN).json();
        assertThat(listed).extracting(p -> p.get("id").asString()).containsExactly("xp-1", "xp-2");
        assertThat(listed.get(0).get("stage").asString()).isEqualTo("PILED");
        assertThat(listed.get(0).get("regionId").asString()).isEqualTo("xpt1");
    }

    @Test
    void aBadProjectRowIs422NamingItAndNeitherTheRegistersNorTheProjectsAreApplied() {
        XSSFWorkbook book = TestWorkbooks.sheet("regions", List.of(List.of("id", "name", "parentId", "level"),
                List.of("xpt2", "未成镇", "d1", "TOWN")));
        TestWorkbooks.sheet(book, "projects", List.of(HEADER,
                Arrays.asList("xq-1", "好项目", "xpt2", "OTHER", 500, false, true, "2026-01-05"),
                Arrays.asList("xq-2", "坏项目", "xpt2", "OTHER", 500, false, true, "2026-13-01"),
                Arrays.asList("xq-3", "未来项目", "xpt2", "OTHER", 20000, false, true, "2026-04-01")));

        Http.Response response;
        List<ConsumerRecord<String, byte[]>> published;
        try (LedgerReader topic = new LedgerReader(brokers, Topics.PROJECTS)) {
            response = http.send("POST", "/api/v1/reference/xlsx", ADMIN, RegisterXlsxIT.XLSX,
                    TestWorkbooks.bytes(book));
            published = topic.readRaw(Duration.ofSeconds(2));
        }

        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(ProjectRegisterIT.fields(response)).containsExactlyInAnyOrder("projects row 3: signedOn",
                "projects row 4: aboveYi", "projects row 4: signedOn");
        assertThat(published).isEmpty();
        assertThat(http.get("/api/v1/regions/xpt2", ADMIN).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/projects/xq-1", ADMIN).status()).isEqualTo(404);
    }

    @Test
    void theTemplateHasTheProjectsSheetWithTheCurrentProjectsAndACategoryDropDown() throws IOException {
        ProjectFixture.of(http);
        Http.Response put = http.putJson("/api/v1/projects/xt-1", ADMIN,
                ProjectFixture.project("pz2", "12000", true, "2026-02-02", null, null, null));
        assertThat(put.status()).as(put.body()).isIn(200, 201);

        Http.Download template = http.download("/api/v1/reference/template.xlsx", ADMIN);

        assertThat(template.status()).isEqualTo(200);
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(template.body()))) {
            assertThat(read.getSheetName(3)).isEqualTo("projects");
            XSSFSheet sheet = read.getSheet("projects");
            assertThat(sheet.getRow(0).getCell(7).getStringCellValue()).endsWith(" signedOn");
            var row = java.util.stream.StreamSupport.stream(sheet.spliterator(), false)
                    .filter(r -> "xt-1".equals(r.getCell(0).getStringCellValue())).findFirst().orElseThrow();
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo("pz2");
            assertThat(DateUtil.isCellDateFormatted(row.getCell(7))).isTrue();
            assertThat(row.getCell(7).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 2, 2));
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(12000.0);
            assertThat(row.getCell(5).getBooleanCellValue()).isTrue();
            assertThat(sheet.getDataValidations()).anySatisfy(v -> assertThat(v.getValidationConstraint()
                    .getExplicitListValues()).containsExactly("INDUSTRIAL", "SCIENCE_TALENT", "OTHER"));
        }
        Http.Download forE1 = http.download("/api/v1/reference/template.xlsx", fixture.e1);
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(forE1.body()))) {
            assertThat(read.getSheet("projects").getLastRowNum()).as("e1 reads no project of pz2").isZero();
        }
    }
}
