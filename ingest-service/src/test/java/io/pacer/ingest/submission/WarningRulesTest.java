package io.pacer.ingest.submission;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import io.pacer.events.Basis;
import io.pacer.events.Period;
import io.pacer.events.Warning;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class WarningRulesTest {

    static final BigDecimal FIVE = new BigDecimal("5");

    /** Earlier figures of e1 for indicator x, by period: value and priorYearValue. */
    static FigureLookup history(String... periodValuePrior) {
        Map<String, FigureLookup.Recorded> byPeriod = new HashMap<>();
        for (String entry : periodValuePrior) {
            String[] p = entry.split("=");
            String[] v = p[1].split("/");
            byPeriod.put(p[0], new FigureLookup.Recorded(new BigDecimal(v[0]),
                    v.length > 1 ? new BigDecimal(v[1]) : null));
        }
        return (e, i, period) -> Optional.ofNullable(byPeriod.get(period));
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("within 5x of the previous month", Basis.MONTHLY, "2026-03", "500", null,
                        history("2026-02=100"), List.of()),
                Arguments.of("more than 5x the previous month", Basis.MONTHLY, "2026-03", "500.01", null,
                        history("2026-02=100"), List.of(WarningRules.PREVIOUS_MONTH)),
                Arguments.of("less than 1/5 of the previous month", Basis.STOCK, "2026-03", "19.99", null,
                        history("2026-02=100"), List.of(WarningRules.PREVIOUS_MONTH)),
                Arguments.of("exactly 1/5 is not flagged", Basis.STOCK, "2026-03", "20", null,
                        history("2026-02=100"), List.of()),
                Arguments.of("zero previous month cannot be compared", Basis.MONTHLY, "2026-03", "100", null,
                        history("2026-02=0"), List.of()),
                Arguments.of("no previous month", Basis.MONTHLY, "2026-03", "100", null, history(), List.of()),
                Arguments.of("cumulative January is not compared with December", Basis.CUMULATIVE, "2026-01", "10",
                        null, history("2025-12=1000"), List.of()),
                Arguments.of("monthly January is compared with December", Basis.MONTHLY, "2026-01", "10", null,
                        history("2025-12=1000"), List.of(WarningRules.PREVIOUS_MONTH)),
                Arguments.of("given prior-year value more than 5x below", Basis.CUMULATIVE, "2026-03", "600", "100",
                        history(), List.of(WarningRules.PRIOR_YEAR)),
                Arguments.of("ledger prior-year value when none is given", Basis.CUMULATIVE, "2026-03", "10", null,
                        history("2025-03=100"), List.of(WarningRules.PRIOR_YEAR)),
                Arguments.of("given prior-year value wins over the ledger", Basis.CUMULATIVE, "2026-03", "10", "9",
                        history("2025-03=100"), List.of()),
                Arguments.of("both comparisons flagged", Basis.MONTHLY, "2026-03", "1000", "100",
                        history("2026-02=100"), List.of(WarningRules.PREVIOUS_MONTH, WarningRules.PRIOR_YEAR)),
                Arguments.of("a revision that drops the prior-year value", Basis.CUMULATIVE, "2026-03", "100", null,
                        history("2026-03=100/90"), List.of(WarningRules.PRIOR_YEAR_DROPPED)),
                Arguments.of("a revision that keeps it", Basis.CUMULATIVE, "2026-03", "100", "95",
                        history("2026-03=100/90"), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void flagsOddFiguresWithoutRejectingThem(String name, Basis basis, String period, String value, String prior,
            FigureLookup history, List<String> codes) {
        SubmissionRequest.Figure figure = new SubmissionRequest.Figure("x", new BigDecimal(value),
                prior == null ? null : new BigDecimal(prior));

        List<Warning> warnings = WarningRules.check("e1", "x", basis, Period.parse(period), figure, 2, history, FIVE);

        assertThat(warnings).extracting(Warning::code).containsExactlyElementsOf(codes);
        warnings.forEach(w -> assertThat(w.field()).startsWith("figures[2]."));
    }
}
