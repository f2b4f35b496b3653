package io.pacer.alert.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import io.pacer.alert.rule.FigurePoint;
import io.pacer.events.Period;

class FigureBookTest {

    private static final String I = "projects_completed";

    private static FigurePoint point(String region, String parent, String period, int reported) {
        return new FigurePoint(region, parent, Period.parse(period), BigDecimal.ONE, null, reported, null, null);
    }

    @Test
    void theLatestPointOfAMonthReplacesTheEarlierOne() {
        FigureBook book = new FigureBook();
        book.apply(point("ta", "d1", "2026-03", 1), I, 0);
        FigurePoint later = new FigurePoint("ta", "d1", Period.parse("2026-03"), BigDecimal.TEN, 5.0, 2, 1, 0);
        book.apply(later, I, 0);

        assertThat(book.figure("ta", I, Period.parse("2026-03"))).isEqualTo(later);
        assertThat(book.figure("ta", "other", Period.parse("2026-03"))).isNull();
    }

    @Test
    void theEvaluationMonthIsTheLatestMonthOfTheYearWithAReportedFigure() {
        FigureBook book = new FigureBook();
        book.apply(point("ta", "d1", "2026-02", 1), I, 0);
        book.apply(point("ta", "d1", "2026-05", 0), I, 0);
        book.apply(point("ta", "d1", "2027-01", 1), I, 0);

        assertThat(book.latestReportedMonth("ta", I, 2026)).contains(Period.parse("2026-02"));
        assertThat(book.latestReportedMonth("ta", I, 2025)).isEmpty();
    }

    @Test
    void childrenAreThoseWhoseFigureOfThatMonthNamesTheParent() {
        FigureBook book = new FigureBook();
        book.apply(point("ta", "d1", "2026-03", 1), I, 0);
        book.apply(point("tb", "d1", "2026-03", 1), I, 0);
        book.apply(point("tc", "d1", "2026-02", 1), I, 0);
        book.apply(point("tb", "d2", "2026-04", 1), I, 0);

        assertThat(book.children("d1", I, Period.parse("2026-03"))).extracting(FigurePoint::regionId)
                .containsExactly("ta", "tb");
        assertThat(book.children("d1", I, Period.parse("2026-04"))).isEmpty();
        assertThat(book.childrenOf("d1", I)).containsExactly("ta", "tb", "tc");
    }

    @Test
    void aPartitionBeingRestoredIsNotReadyAndAForgottenOneIsGone() {
        FigureBook book = new FigureBook();
        book.apply(point("ta", "d1", "2026-03", 1), I, 0);
        book.apply(point("tx", "d9", "2026-03", 1), I, 1);

        book.restoring(1, true);
        assertThat(book.ready("ta", I)).isTrue();
        assertThat(book.ready("tx", I)).isFalse();
        assertThat(book.ready("nobody", I)).isFalse();

        book.restoring(1, false);
        assertThat(book.ready("tx", I)).isTrue();
        book.forget(1);
        assertThat(book.ready("tx", I)).isFalse();
        assertThat(book.figure("tx", I, Period.parse("2026-03"))).isNull();
        assertThat(book.size()).isEqualTo(1);
    }
}
