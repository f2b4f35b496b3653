package io.pacer.aggregate.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;

import io.pacer.aggregate.figure.RegionFigure;
import io.pacer.events.Period;
import io.pacer.events.Ranks;
import io.pacer.events.RegionTotals;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class DocumentsTest {

    @Test
    void aStoredRankingGivesBackItsFiguresExactly() {
        List<RegionFigure> figures = List.of(
                new RegionFigure("T1", "D1", "revenue", new Period(2026, 3), new BigDecimal("1200.50"),
                        new BigDecimal("1000"), 12.0, 33.333333333333336, 3, 4, 2, new Ranks(1, 2, 1),
                        new Ranks(0, -1, null), new Ranks(3, 3, 2), new Ranks(3, 3, 2)),
                new RegionFigure("T2", "D1", "revenue", new Period(2026, 3), null, null, null, null, 0, 2,
                        new Ranks(null, null, null), Ranks.NONE),
                new RegionFigure("T3", "D1", "revenue", new Period(2026, 3), new BigDecimal("-0.000001"),
                        new BigDecimal("98765432109876543210.123"), -1.0E-7, 1.0E21, 1, 1, new Ranks(3, 3, 3),
                        new Ranks(2, 2, 2)));
        Document stored = Documents.ranking("D1", "revenue", "2026-03", figures);
        List<RegionFigure> read = Documents.figuresOf(stored).stream().map(Documents::figure).toList();
        assertThat(read).usingRecursiveFieldByFieldElementComparator().isEqualTo(figures);
        assertThat(read.get(0).ytd().scale()).isEqualTo(2);
        assertThat(read.get(0).late()).isEqualTo(2);
    }

    @Test
    void aFigureStoredBeforeTheLateCountHasNoLateReports() {
        RegionFigure figure = new RegionFigure("T1", "D1", "revenue", new Period(2026, 3), BigDecimal.TEN, null,
                null, 50.0, 1, 1, 1, new Ranks(1, null, 1), Ranks.NONE, Ranks.NONE, Ranks.NONE);
        Document old = Documents.figure(figure);
        old.remove("late");

        assertThat(Documents.figure(old).late()).isZero();
        assertThat(Documents.figure(old).reported()).isEqualTo(1);
    }

    @Test
    void storedTotalsKeepTheirLateCountsAndOlderOnesReadNone() {
        RegionTotals.Month month = new RegionTotals.Month(new BigDecimal("5.5"), 2, BigDecimal.ONE, BigDecimal.ONE, 1,
                2, 3, 1);
        RegionTotals totals = new RegionTotals("T1", "D1", "revenue", 2026, Collections.nCopies(12, month));
        Document stored = Documents.totals("pacer.submissions-0", totals, 7);

        assertThat(Documents.totals(stored)).isEqualTo(totals);
        stored.getList("months", Document.class).forEach(m -> m.remove("late"));
        assertThat(Documents.totals(stored).months()).allSatisfy(m -> assertThat(m.late()).isZero());
    }

    @Test
    void rankingsStoredAsAnArrayOfDocumentsAreStillRead() {
        RegionFigure figure = new RegionFigure("T1", "D1", "revenue", new Period(2026, 3), BigDecimal.TEN, null,
                null, 50.0, 1, 1, new Ranks(1, null, 1), Ranks.NONE);
        Document old = new Document("_id", "D1|revenue|2026-03").append("figures", List.of(Documents.figure(figure)));
        assertThat(Documents.figuresOf(old).stream().map(Documents::figure).toList())
                .usingRecursiveFieldByFieldElementComparator().containsExactly(figure);
    }
}
