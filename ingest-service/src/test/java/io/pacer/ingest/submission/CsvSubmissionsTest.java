package io.pacer.ingest.submission;

import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import io.pacer.support.web.ApiProblemException;
import io.pacer.support.web.FieldIssue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CsvSubmissionsTest {

    static final String HEADER = "entity_id,period,indicator,value,prior_year_value\n";
    static final Charset GBK = Charset.forName("GBK");

    @Test
    void rowsOfOneEntityAndPeriodFormOneSubmissionInFirstAppearanceOrder() {
        String csv = HEADER + "e1,2026-02,fiscal_revenue,24600,15452\n" + "e2,2026-02,fiscal_revenue,10,\n"
                + "e1,2026-02,industrial_va,1.5,\n";

        List<CsvSubmissions.Grouped> groups = CsvSubmissions.parse(csv.getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8);

        assertThat(groups).hasSize(2);
        assertThat(groups.get(0).submission().entityId()).isEqualTo("e1");
        assertThat(groups.get(0).lines()).containsExactly(2, 4);
        assertThat(groups.get(0).submission().figures()).extracting(SubmissionRequest.Figure::value)
                .containsExactly(new BigDecimal("24600"), new BigDecimal("1.5"));
        assertThat(groups.get(0).submission().figures().get(0).priorYearValue()).isEqualByComparingTo("15452");
        assertThat(groups.get(1).submission().figures().get(0).priorYearValue()).isNull();
    }

    @Test
    void aUtf8ByteOrderMarkIsIgnored() {
        byte[] csv = ("\uFEFF" + HEADER + "e1,2026-02,fiscal_revenue,1,\n").getBytes(StandardCharsets.UTF_8);

        assertThat(CsvSubmissions.parse(csv, StandardCharsets.UTF_8)).hasSize(1);
    }

    @Test
    void gbkAsChineseExcelSavesItIsDecoded() {
        byte[] csv = (HEADER + "企业一,2026-02,fiscal_revenue,1,\n").getBytes(GBK);

        assertThat(CsvSubmissions.parse(csv, GBK).get(0).submission().entityId()).isEqualTo("企业一");
    }

    static Stream<Arguments> broken() {
        return Stream.of(
                Arguments.of("wrong header", "entity,period,indicator,value,prior\ne1,2026-02,x,1,\n",
                        "line 1: header", "must be entity_id,period,indicator,value,prior_year_value"),
                Arguments.of("empty file", "", "line 1: header", "the file is empty"),
                Arguments.of("header only", HEADER, "body", "no data rows"),
                Arguments.of("too few columns", HEADER + "e1,2026-02,x,1\n", "line 2", "has 4 columns; 5 expected"),
                Arguments.of("too many columns", HEADER + "e1,2026-02,x,1,2,3\n", "line 2", "has 6 columns"),
                Arguments.of("word for value", HEADER + "e1,2026-02,x,lots,\n", "line 2: value",
                        "'lots' is not a number"),
                Arguments.of("NaN", HEADER + "e1,2026-02,x,NaN,\n", "line 2: value", "'NaN' is not a number"),
                Arguments.of("Infinity prior", HEADER + "e1,2026-02,x,1,Infinity\n", "line 2: prior_year_value",
                        "'Infinity' is not a number"),
                Arguments.of("indicator cell of 257 characters", HEADER + "e1,2026-02," + "x".repeat(257) + ",1,\n",
                        "line 2: indicator", "is longer than 256 characters"),
                Arguments.of("quoted cell of 257 characters", HEADER + "e1,2026-02,x,1,\"" + "9".repeat(257) + "\"\n",
                        "line 2: prior_year_value", "is longer than 256 characters"),
                Arguments.of("long cell in the header", "entity_id" + " ".repeat(300) + ",period\n", "line 1: header",
                        "is longer than 256 characters"),
                Arguments.of("unclosed quote", HEADER + "e1,2026-02,x,\"1,\n", "line 2: value", "not closed"),
                Arguments.of("thousands separator", HEADER + "e1,2026-02,x,\"1,000\",\n", "line 2: value",
                        "'1,000' is not a number"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("broken")
    void structuralFaultsAre400NamingTheLine(String name, String csv, String field, String message) {
        ApiProblemException e = catchThrowableOfType(ApiProblemException.class,
                () -> CsvSubmissions.parse(csv.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));

        assertThat(e.status().value()).isEqualTo(400);
        assertThat(e.errors()).anySatisfy(issue -> {
            assertThat(issue.field()).isEqualTo(field);
            assertThat(issue.message()).contains(message);
        });
    }

    @Test
    void everyBadLineIsReported() {
        String csv = HEADER + "e1,2026-02,x,1,\n" + "e1,2026-02,y,abc,\n" + "e1,2026-02\n" + "e1,2026-02,z,1,x\n";

        ApiProblemException e = catchThrowableOfType(ApiProblemException.class,
                () -> CsvSubmissions.parse(csv.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));

        assertThat(e.errors()).extracting(FieldIssue::field).containsExactly("line 3: value", "line 4",
                "line 5: prior_year_value");
    }

    @Test
    void aCellOfMegabytesIsRefusedAsSoonAsItPasses256Characters() {
        Reader body = new Reader() {
            private long served;

            @Override
            public int read(char[] buffer, int offset, int length) {
                String text = served == 0 ? HEADER + "e1,2026-02,fiscal_revenue," : "1".repeat(length);
                int n = Math.min(length, text.length());
                text.getChars(0, n, buffer, offset);
                served += n;
                assertThat(served).as("characters read").isLessThan(64 * 1024);
                return n;
            }

            @Override
            public void close() {
            }
        };
        CsvRows rows = new CsvRows(body, (line, index) -> "line " + line + ": " + CsvSubmissions.HEADER.get(index));

        ApiProblemException e = catchThrowableOfType(ApiProblemException.class, () -> {
            while (rows.next() != null) {
                // read on until the cell is refused
            }
        });

        assertThat(e.status().value()).isEqualTo(400);
        assertThat(e.errors()).extracting(FieldIssue::field).containsExactly("line 2: value");
    }

    @Test
    void quotedCellsMayHoldCommasQuotesAndLineBreaks() throws Exception {
        CsvRows rows = new CsvRows(new StringReader("a,\"b,\"\"c\"\"\r\nd\", e \r\n\r\nf\n"), (line, index) -> "x");

        assertThat(rows.next()).isEqualTo(new CsvRows.Row(1, List.of("a", "b,\"c\"\r\nd", "e")));
        assertThat(rows.next()).isEqualTo(new CsvRows.Row(2, List.of("f")));
        assertThat(rows.next()).isNull();
    }

    @Test
    void bytesThatAreNotUtf8Are400() {
        byte[] csv = (HEADER + "企业一,2026-02,x,1,\n").getBytes(GBK);

        ApiProblemException e = catchThrowableOfType(ApiProblemException.class,
                () -> CsvSubmissions.parse(csv, StandardCharsets.UTF_8));

        assertThat(e.errors().get(0).message()).contains("not valid UTF-8");
    }
}
