package io.pacer.alert.missing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.pacer.alert.rule.Verdict;
import io.pacer.events.Period;
import io.pacer.events.Severity;

class MissingReportRuleTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @ParameterizedTest(name = "at {0} the last due month is {1}")
    @CsvSource({
            "2026-10-15T23:59:59, 2026-08",  // September's deadline is the 15th of October, 24:00
            "2026-10-16T00:00:00, 2026-09",
            "2026-10-31T12:00:00, 2026-09",
            "2026-01-10T08:00:00, 2025-11",
            "2026-01-16T00:00:00, 2025-12",
            "2026-03-01T00:00:00, 2026-01",
    })
    void theDeadlineIsTheFifteenthOfTheNextMonthAtMidnight(String now, String lastDue) {
        assertThat(MissingReportRule.lastDue(LocalDateTime.parse(now).atZone(SHANGHAI), 15))
                .isEqualTo(Period.parse(lastDue));
    }

    private static List<Period> periods(String list) {
        return list.isBlank() ? List.of() : Arrays.stream(list.split(" ")).map(Period::parse).toList();
    }

    @ParameterizedTest(name = "registered {0}, first reported {1}, last due {2} -> [{3}]")
    @CsvSource(nullValues = "null", value = {
            "2026-03, 2026-05, 2026-06, 2026-03 2026-04 2026-05 2026-06",
            "2026-05, 2026-03, 2026-04, 2026-03 2026-04",             // reported before it was registered
            "2024-07, 2024-08, 2026-02, 2026-01 2026-02",             // only the current year
            "null,    2026-09, 2026-09, 2026-09",
            "2026-04, null,    2026-05, 2026-04 2026-05",             // never reported: from registration
            "null,    null,    2026-05, ''",
            "2026-11, null,    2026-09, ''",                          // not due yet
            "2025-03, 2025-03, 2025-12, ''",                          // January: nothing of this year is due
    })
    void monthsAreCheckedFromTheEarlierOfRegistrationAndFirstReport(String registered, String firstReported,
            String lastDue, String expected) {
        List<Period> months = MissingReportRule.monthsToCheck(2026, registered == null ? null
                : Period.parse(registered), firstReported == null ? null : Period.parse(firstReported),
                Period.parse(lastDue));

        assertThat(months).containsExactlyElementsOf(periods(expected));
    }

    @Test
    void firesYellowNamingEveryMissingMonthAndResolvesWhenTheyArrive() {
        List<Period> checked = periods("2026-07 2026-08 2026-09");

        Verdict missing = MissingReportRule.evaluate(checked, Set.copyOf(periods("2026-07")));
        Verdict complete = MissingReportRule.evaluate(checked, Set.copyOf(periods("2026-07 2026-08 2026-09")));

        assertThat(missing).isInstanceOfSatisfying(Verdict.Fire.class, fire -> {
            assertThat(fire.severity()).isEqualTo(Severity.YELLOW);
            assertThat(fire.period()).isEqualTo(Period.parse("2026-09"));
            assertThat(fire.message()).isEqualTo("no figure for 2026-08, 2026-09");
        });
        assertThat(complete).isInstanceOf(Verdict.Clear.class);
        assertThat(MissingReportRule.evaluate(List.of(), Set.of())).isInstanceOf(Verdict.Skip.class);
    }

    @Test
    void aFigureForAMonthNotCheckedDoesNotCount() {
        Verdict verdict = MissingReportRule.evaluate(periods("2026-08"), Set.copyOf(periods("2026-07 2026-10")));

        assertThat(verdict).isInstanceOf(Verdict.Fire.class);
    }
}
