package io.pacer.ingest.submission;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.pacer.ingest.xlsx.TestWorkbooks;
import io.pacer.ingest.xlsx.XlsxFile;
import io.pacer.support.web.ApiProblemException;
import io.pacer.support.web.FieldIssue;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class XlsxSubmissionsTest {

    @Test
    void theTemplateIsOneSubmissionOfTheFilledRowsForTheEntityAndPeriodOfItsHeaderArea() {
        XlsxSubmissions.Parsed parsed = read(template(
                row("fiscal_revenue", "财政收入", "万元", 24600.5, 15452),
                row("industrial_va", "规上工业增加值", "万元", null, 100),
                row("net_migration", "净迁入人口", "人", "-12", null)));

        assertThat(parsed.issues()).isEmpty();
        assertThat(parsed.items()).hasSize(1);
        SubmissionRequest s = parsed.items().get(0).submission();
        assertThat(s.entityId()).isEqualTo("e1");
        assertThat(s.period()).isEqualTo("2026-02");
        assertThat(s.figures()).extracting(SubmissionRequest.Figure::indicator)
                .containsExactly("fiscal_revenue", "net_migration");
        assertThat(s.figures().get(0).value()).isEqualByComparingTo("24600.5");
        assertThat(s.figures().get(0).priorYearValue()).isEqualByComparingTo("15452");
        assertThat(s.figures().get(1).value()).isEqualByComparingTo("-12");
        assertThat(s.figures().get(1).priorYearValue()).isNull();
        Locator at = parsed.items().get(0).at();
        assertThat(at.field("entityId")).isEqualTo("row 2: entity_id");
        assertThat(at.field("period")).isEqualTo("row 4: period");
        assertThat(at.figure(1, "value")).isEqualTo("row 11: value");
        assertThat(at.figure(0, "priorYearValue")).isEqualTo("row 9: prior_year_value");
        assertThat(at.figure(0, "indicator")).isEqualTo("row 9: code");
    }

    @Test
    void everyCellThatIsNoNumberIsNamedByRowAndColumn() {
        XlsxSubmissions.Parsed parsed = read(template(
                row("fiscal_revenue", "财政收入", "万元", "about 500", null),
                row("industrial_va", "规上工业增加值", "万元", 300, "12,000"),
                row("hightech_va", "高新技术产业增加值", "万元", "=B9*2", null),
                row(null, null, null, 7, null)));

        assertThat(parsed.issues()).extracting(FieldIssue::field)
                .containsExactly("row 9: value", "row 10: prior_year_value", "row 11: value", "row 12: code");
        assertThat(parsed.issues().get(0).message()).isEqualTo("'about 500' is not a number");
        assertThat(parsed.issues().get(2).message()).contains("formula whose result was not saved");
        assertThat(parsed.items().get(0).submission().figures()).isEmpty();
    }

    @Test
    void aTemplateWithNoValueFilledInIs422NamingTheValueColumn() {
        assertThatThrownBy(() -> read(template(row("fiscal_revenue", "财政收入", "万元", null, 1))))
                .isInstanceOfSatisfying(ApiProblemException.class, e -> {
                    assertThat(e.status().value()).isEqualTo(422);
                    assertThat(e.errors()).extracting(FieldIssue::field).containsExactly("value");
                });
    }

    @Test
    void theCsvLayoutGroupsRowsByEntityAndPeriodAsTheCsvEndpointDoes() {
        byte[] body = TestWorkbooks.bytes(TestWorkbooks.sheet("Sheet1", List.of(
                List.of("entity_id", "period", "indicator", "value", "prior_year_value"),
                Arrays.asList("e1", "2026-01", "fiscal_revenue", 10, null),
                Arrays.asList("e1", "2026-02", "fiscal_revenue", 20, 18),
                Arrays.asList("e1", "2026-01", "industrial_va", "5", null))));

        XlsxSubmissions.Parsed parsed = read(body);

        assertThat(parsed.issues()).isEmpty();
        assertThat(parsed.items()).extracting(i -> i.submission().period()).containsExactly("2026-01", "2026-02");
        assertThat(parsed.items().get(0).submission().figures()).hasSize(2);
        assertThat(parsed.items().get(0).at().figure(1, "value")).isEqualTo("row 4: value");
        assertThat(parsed.items().get(1).at().field("entityId")).isEqualTo("row 3: entity_id");
    }

    @Test
    void aSheetInNeitherLayoutIs422() {
        byte[] body = TestWorkbooks.bytes(TestWorkbooks.sheet("Sheet1", List.of(List.of("hello", "world"))));

        assertThatThrownBy(() -> read(body)).isInstanceOfSatisfying(ApiProblemException.class,
                e -> assertThat(e.errors().get(0).message()).contains("neither a Pacer template"));
    }

    static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    /** The template layout for e1 and 2026-02 with these table rows (code, name, unit, value, prior year). */
    static byte[] template(List<Object>... rows) {
        List<List<Object>> sheet = new ArrayList<>();
        sheet.add(List.of(TemplateLayout.TITLE));
        List<String> values = List.of("e1", "创新科技有限公司", "2026-02", "2026-03-15", TemplateLayout.HOW_TO);
        for (int k = 0; k < TemplateLayout.AREA.size(); k++) {
            sheet.add(List.of(TemplateLayout.AREA.get(k), values.get(k)));
        }
        sheet.add(List.of());
        sheet.add(new ArrayList<>(TemplateLayout.COLUMNS));
        sheet.addAll(Arrays.asList(rows));
        return TestWorkbooks.bytes(TestWorkbooks.sheet(TemplateLayout.SHEET, sheet));
    }

    static XlsxSubmissions.Parsed read(byte[] body) {
        try (XlsxFile file = XlsxFile.open(body)) {
            return XlsxSubmissions.read(file);
        }
    }
}
