package io.pacer.ingest.submission;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

import io.pacer.ingest.Mother;
import io.pacer.support.web.FieldIssue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class SubmissionRulesTest {

    /** "Now" is 2026-03 in Asia/Shanghai; five years back is 2021-01. */
    static final SubmissionRules.Window WINDOW = new SubmissionRules.Window(YearMonth.of(2021, 1),
            YearMonth.of(2026, 3), "Asia/Shanghai");

    static SubmissionRequest.Figure fig(String indicator, String value, String prior) {
        return new SubmissionRequest.Figure(indicator, value == null ? null : new BigDecimal(value),
                prior == null ? null : new BigDecimal(prior));
    }

    static SubmissionRequest sub(String entity, String period, SubmissionRequest.Figure... figures) {
        return new SubmissionRequest(entity, period, List.of(figures), null);
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of("entity missing", sub(null, "2026-02", fig("fiscal_revenue", "1", null)), "entityId",
                        "is required"),
                Arguments.of("unknown entity", sub("e9", "2026-02", fig("fiscal_revenue", "1", null)), "entityId",
                        "unknown entity 'e9'"),
                Arguments.of("period missing", sub("e1", null, fig("fiscal_revenue", "1", null)), "period",
                        "is required"),
                Arguments.of("period with a day", sub("e1", "2026-02-01", fig("fiscal_revenue", "1", null)), "period",
                        "must be YYYY-MM"),
                Arguments.of("month 13", sub("e1", "2026-13", fig("fiscal_revenue", "1", null)), "period",
                        "must be YYYY-MM"),
                Arguments.of("next month", sub("e1", "2026-04", fig("fiscal_revenue", "1", null)), "period",
                        "is in the future"),
                Arguments.of("before the window", sub("e1", "2020-12", fig("fiscal_revenue", "1", null)), "period",
                        "older than the accepted window, which starts at 2021-01"),
                Arguments.of("no figures", new SubmissionRequest("e1", "2026-02", List.of(), null), "figures",
                        "at least one figure"),
                Arguments.of("figures null", new SubmissionRequest("e1", "2026-02", null, null), "figures",
                        "at least one figure"),
                Arguments.of("indicator missing", sub("e1", "2026-02", fig(null, "1", null)), "figures[0].indicator",
                        "is required"),
                Arguments.of("unknown indicator", sub("e1", "2026-02", fig("gdp", "1", null)), "figures[0].indicator",
                        "unknown indicator 'gdp'"),
                Arguments.of("not assigned", sub("e2", "2026-02", fig("industrial_va", "1", null)),
                        "figures[0].indicator", "not assigned to entity 'e2'"),
                Arguments.of("indicator twice", sub("e1", "2026-02", fig("fiscal_revenue", "1", null),
                        fig("fiscal_revenue", "2", null)), "figures[1].indicator", "appears more than once"),
                Arguments.of("value missing", sub("e1", "2026-02", fig("fiscal_revenue", null, null)),
                        "figures[0].value", "is required"),
                Arguments.of("value above 1e15", sub("e1", "2026-02", fig("fiscal_revenue", "1000000000000000.01", null)),
                        "figures[0].value", "within ±1e15"),
                Arguments.of("value below -1e15", sub("e1", "2026-02", fig("net_migration", "-2e15", null)),
                        "figures[0].value", "within ±1e15"),
                Arguments.of("negative non-negative", sub("e1", "2026-02", fig("fiscal_revenue", "-0.5", null)),
                        "figures[0].value", "must not be negative"),
                Arguments.of("negative prior year", sub("e1", "2026-02", fig("fiscal_revenue", "5", "-1")),
                        "figures[0].priorYearValue", "must not be negative"),
                Arguments.of("prior year beyond 1e15", sub("e1", "2026-02", fig("fiscal_revenue", "5", "1e16")),
                        "figures[0].priorYearValue", "within ±1e15"),
                Arguments.of("note too long", new SubmissionRequest("e1", "2026-02",
                        List.of(fig("fiscal_revenue", "1", null)), "x".repeat(2001)), "note", "at most 2000"),
                Arguments.of("value with seven decimals", sub("e1", "2026-02", fig("fiscal_revenue", "1.0000001", null)),
                        "figures[0].value", "at most 6 digits after the decimal point"),
                Arguments.of("prior year with seven decimals", sub("e1", "2026-02",
                        fig("fiscal_revenue", "1", "0.1234567")), "figures[0].priorYearValue", "at most 6 digits"),
                Arguments.of("value 1e-100000000", sub("e1", "2026-02", fig("fiscal_revenue", "1e-100000000", null)),
                        "figures[0].value", "after the decimal point (trailing zeros aside), was '1E-100000000'"),
                Arguments.of("zero written 0E-100000000", sub("e1", "2026-02",
                        fig("fiscal_revenue", "0E-100000000", null)), "figures[0].value", "at most 6 digits"),
                Arguments.of("value 1e999999999", sub("e1", "2026-02", fig("fiscal_revenue", "1e999999999", null)),
                        "figures[0].value", "within ±1e15, was '1E+999999999'"),
                Arguments.of("prior year -1e999999999", sub("e1", "2026-02", fig("net_migration", "1",
                        "-1e999999999")), "figures[0].priorYearValue", "within ±1e15"),
                Arguments.of("entity id of 65 characters", sub("e".repeat(65), "2026-02", fig("fiscal_revenue", "1",
                        null)), "entityId", "at most 64 characters, was '" + "e".repeat(40) + "…' (65 characters)"),
                Arguments.of("entity id with a control character", sub("e\u0007", "2026-02",
                        fig("fiscal_revenue", "1", null)), "entityId", "must not contain control characters"),
                Arguments.of("indicator code of 65 characters", sub("e1", "2026-02", fig("x".repeat(65), "1", null)),
                        "figures[0].indicator", "at most 64 characters"),
                Arguments.of("period of a megabyte", sub("e1", "2".repeat(1 << 20), fig("fiscal_revenue", "1", null)),
                        "period", "was '" + "2".repeat(40) + "…' (1048576 characters)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void eachRuleNamesItsFieldAndReason(String name, SubmissionRequest s, String field, String message) {
        List<FieldIssue> issues = SubmissionRules.check(s, Locator.json(""), Mother.view(), WINDOW);

        assertThat(issues).anySatisfy(issue -> {
            assertThat(issue.field()).isEqualTo(field);
            assertThat(issue.message()).contains(message);
        });
    }

    static Stream<Arguments> valid() {
        return Stream.of(
                Arguments.of("current month", sub("e1", "2026-03", fig("fiscal_revenue", "24600", "15452"))),
                Arguments.of("first month of the window", sub("e1", "2021-01", fig("fiscal_revenue", "0", null))),
                Arguments.of("exactly 1e15", sub("e1", "2026-01", fig("fiscal_revenue", "1e15", null))),
                Arguments.of("exactly -1e15 where negatives are allowed",
                        sub("e1", "2026-01", fig("net_migration", "-1000000000000000", "-3"))),
                Arguments.of("six decimals", sub("e1", "2026-01", fig("fiscal_revenue", "0.000001", "12.345678"))),
                Arguments.of("trailing zeros beyond six decimals", sub("e1", "2026-01",
                        fig("fiscal_revenue", "1.5000000000", "2.000000000000000000000000000000"))),
                Arguments.of("zero with six decimals", sub("e1", "2026-01", fig("fiscal_revenue", "0.000000", null))),
                Arguments.of("1e15 written with an exponent and zeros", sub("e1", "2026-01",
                        fig("fiscal_revenue", "1000000.0000000000e9", null))),
                Arguments.of("several indicators", sub("e1", "2026-02", fig("fiscal_revenue", "1", null),
                        fig("industrial_va", "2.5", "2"), fig("hightech_va", "1.25", null))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void validSubmissionsHaveNoIssues(String name, SubmissionRequest s) {
        assertThat(SubmissionRules.check(s, Locator.json(""), Mother.view(), WINDOW)).isEmpty();
    }

    @Test
    void everyIssueOfASubmissionIsReportedAtOnceWithItsLocation() {
        SubmissionRequest s = sub("e1", "2027-01", fig("gdp", null, null), fig("fiscal_revenue", "-1", null));

        List<FieldIssue> issues = SubmissionRules.check(s, Locator.json("[3]."), Mother.view(), WINDOW);

        assertThat(issues).extracting(FieldIssue::field).containsExactly("[3].period", "[3].figures[0].indicator",
                "[3].figures[0].value", "[3].figures[1].value");
    }

    @Test
    @Timeout(5)
    void hugeExponentsAreDecidedWithoutExpandingTheNumber() {
        for (String value : List.of("1e999999999", "-1e999999999", "1e-999999999", "0E-999999999", "0E+999999999",
                "9.999999e-999999990")) {
            assertThat(Values.problem(new BigDecimal(value))).as(value).isNotNull().hasSizeLessThan(200);
        }
    }

    @Test
    void csvIssuesNameTheLineAndColumn() {
        SubmissionRequest s = sub("e1", "2026-02", fig("fiscal_revenue", "1", null), fig("fiscal_revenue", "2", null));

        List<FieldIssue> issues = SubmissionRules.check(s, Locator.csv(List.of(4, 7)), Mother.view(), WINDOW);

        assertThat(issues).extracting(FieldIssue::field).containsExactly("line 7: indicator");
    }
}
