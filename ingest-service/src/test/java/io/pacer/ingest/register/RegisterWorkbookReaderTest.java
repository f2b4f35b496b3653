package io.pacer.ingest.register;

import java.util.Arrays;
import java.util.List;

import io.pacer.events.Basis;
import io.pacer.events.Better;
import io.pacer.events.EntityType;
import io.pacer.events.RegionLevel;
import io.pacer.ingest.Mother;
import io.pacer.ingest.xlsx.TestWorkbooks;
import io.pacer.ingest.xlsx.XlsxFile;
import io.pacer.support.web.ApiProblemException;
import io.pacer.support.web.FieldIssue;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegisterWorkbookReaderTest {

    @Test
    void theTemplateOfTheCurrentRegistersReadsBackAsTheSameDocument() {
        XSSFWorkbook book = RegisterTemplate.of(Mother.regions(), Mother.indicators(), Mother.entities());

        RegisterWorkbookReader.Read read = read(TestWorkbooks.bytes(book));

        assertThat(read.issues()).isEmpty();
        assertThat(read.document().regions()).hasSize(5);
        assertThat(read.document().regions().get(1)).isEqualTo(new RegisterRequests.RegionRequest("d1", "高新区",
                "High-tech District", "c1", RegionLevel.DISTRICT));
        assertThat(read.document().regions().get(0).parentId()).isNull();
        assertThat(read.document().indicators().get(2)).isEqualTo(new RegisterRequests.IndicatorRequest(
                "hightech_va", "高新技术产业增加值", "High-tech VA", "万元", Basis.CUMULATIVE, Better.HIGHER,
                "industrial_va", true));
        assertThat(read.document().entities().get(0)).isEqualTo(new RegisterRequests.EntityRequest("e1",
                "创新科技有限公司", EntityType.ENTERPRISE, "t1",
                List.of("fiscal_revenue", "industrial_va", "hightech_va", "net_migration")));
        assertThat(read.rows().get("entities")).containsExactly(2, 3);
    }

    @Test
    void labelsCaseAndSeparatorsAreForgivenButValuesThatAreNoneOfTheirChoicesAreNamedBySheetAndRow() {
        XSSFWorkbook book = TestWorkbooks.sheet("entities", List.of(
                List.of("单位代码 ID", "名称 name", "type", "regionId", "indicators"),
                List.of("e7", "七号", "enterprise", "t1", "fiscal_revenue、 industrial_va，net_migration"),
                List.of("e8", "八号", "COMPANY", "t1", "fiscal_revenue")));
        book.createSheet("Regions").createRow(0).createCell(0).setCellValue("colour");

        RegisterWorkbookReader.Read read = read(TestWorkbooks.bytes(book));

        assertThat(read.document().entities().get(0).type()).isEqualTo(EntityType.ENTERPRISE);
        assertThat(read.document().entities().get(0).indicators())
                .containsExactly("fiscal_revenue", "industrial_va", "net_migration");
        assertThat(read.issues()).extracting(FieldIssue::field).containsExactly("regions row 1", "entities row 3: type");
        assertThat(read.issues().get(1).message()).isEqualTo("must be one of ENTERPRISE, DEPARTMENT, was 'COMPANY'");
    }

    @Test
    void aNonNegativeCellMustBeYesOrNo() {
        XSSFWorkbook book = TestWorkbooks.sheet("indicators", List.of(
                List.of("code", "name", "unit", "basis", "nonNegative"),
                Arrays.asList("a_b", "甲", "个", "MONTHLY", false),
                Arrays.asList("c_d", "乙", "个", "STOCK", "否"),
                Arrays.asList("e_f", "丙", "个", "STOCK", "maybe")));

        RegisterWorkbookReader.Read read = read(TestWorkbooks.bytes(book));

        assertThat(read.document().indicators()).extracting(RegisterRequests.IndicatorRequest::nonNegative)
                .containsExactly(false, false, null);
        assertThat(read.issues()).extracting(FieldIssue::field).containsExactly("indicators row 4: nonNegative");
    }

    @Test
    void textOver256CharactersIsNamedRatherThanCutButAnIndicatorsListMayBeLonger() {
        String codes = String.join(",", java.util.Collections.nCopies(30, "fiscal_revenue"));
        XSSFWorkbook book = TestWorkbooks.sheet("entities", List.of(List.of("id", "name", "indicators"),
                List.of("e7", "名".repeat(300), codes)));

        RegisterWorkbookReader.Read read = read(TestWorkbooks.bytes(book));

        assertThat(read.issues()).containsExactly(new FieldIssue("entities row 2: name",
                "is longer than 256 characters"));
        assertThat(read.document().entities().get(0).indicators()).hasSize(30);
    }

    @Test
    void aWorkbookWithoutTheRegisterSheetsIs422() {
        byte[] body = TestWorkbooks.bytes(TestWorkbooks.sheet("Sheet1", List.of(List.of("id"))));

        assertThatThrownBy(() -> read(body)).isInstanceOfSatisfying(ApiProblemException.class,
                e -> assertThat(e.errors().get(0).message()).contains("none of the sheets"));
    }

    static RegisterWorkbookReader.Read read(byte[] body) {
        try (XlsxFile file = XlsxFile.open(body)) {
            return RegisterWorkbookReader.read(file);
        }
    }
}
