package io.pacer.aggregate.figure;

import static io.pacer.aggregate.figure.Mother.entity;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.pacer.aggregate.reference.ReferenceBook;
import io.pacer.events.Basis;
import io.pacer.events.Period;
import io.pacer.events.RegionTotals;
import io.pacer.support.testing.References;
import org.junit.jupiter.api.Test;

/**
 * {@code late}: of the {@code reported} entities of a region, month and indicator, those whose latest figure of the
 * month (the entry with the highest ledger position) was accepted after the deadline.
 */
class LateCountTest {

    private final ReferenceBook book = Mother.city();
    private final FigureEngine engine = new FigureEngine(book);

    private void put(long position, String entity, String town, String period, String value, boolean late) {
        LedgerEntry entry = late ? Mother.lateEntry(position, town, Basis.CUMULATIVE, value)
                : Mother.entry(position, town, Basis.CUMULATIVE, value, null);
        engine.applyLedger(book.region(town).parentId(), entity, "revenue", Period.parse(period), entry);
    }

    private RegionFigure figure(String region, String period) {
        return engine.figures().get(region + "|revenue|" + period);
    }

    private static List<Integer> counts(RegionFigure f) {
        return List.of(f.reported(), f.expected(), f.late());
    }

    @Test
    void lateCountsOnlyTheEntitiesWhoseLatestFigureCameAfterTheDeadline() {
        References.put(book.replica(), entity("e1", "T1", "revenue"));
        References.put(book.replica(), entity("e2", "T1", "revenue"));
        References.put(book.replica(), entity("e3", "T1", "revenue"));
        put(1, "e3", "T1", "2026-01", "5", true);
        put(2, "e1", "T1", "2026-02", "10", false);
        put(3, "e2", "T1", "2026-02", "20", true);
        put(4, "e9", "T1", "2026-02", "30", true);

        engine.flush();

        assertThat(counts(figure("T1", "2026-01"))).containsExactly(1, 3, 1);
        assertThat(counts(figure("T1", "2026-02"))).as("e9 is not registered; e3 carries January, not reported")
                .containsExactly(2, 3, 1);
        assertThat(counts(figure("T1", "2026-03"))).containsExactly(0, 3, 0);
    }

    @Test
    void aLateRevisionOfAnOnTimeFigureMakesItLateAndAnOnTimeOneAfterItOnTimeAgain() {
        References.put(book.replica(), entity("e1", "T1", "revenue"));
        put(1, "e1", "T1", "2026-02", "10", false);
        engine.flush();
        assertThat(figure("T1", "2026-02").late()).isZero();

        put(2, "e1", "T1", "2026-02", "10", true);
        Flush revised = engine.flush();

        assertThat(revised.figures()).as("only the late count changed, and the figure is re-issued")
                .anySatisfy(f -> assertThat(f.regionId() + " " + f.period() + " " + f.late()).isEqualTo("T1 2026-02 1"));
        put(3, "e1", "T1", "2026-02", "11", false);
        engine.flush();
        assertThat(figure("T1", "2026-02").late()).isZero();
    }

    @Test
    void theEntryAtTheHighestLedgerPositionDecidesWhateverTheDeliveryOrder() {
        References.put(book.replica(), entity("e1", "T1", "revenue"));
        put(7, "e1", "T1", "2026-02", "12", true);
        put(3, "e1", "T1", "2026-02", "10", false);

        engine.flush();

        assertThat(counts(figure("T1", "2026-02"))).containsExactly(1, 1, 1);
    }

    @Test
    void theLateCountsOfTownsAddUpInTheirDistrictAndTheCity() {
        References.put(book.replica(), entity("e1", "T1", "revenue"));
        References.put(book.replica(), entity("e3", "T2", "revenue"));
        References.put(book.replica(), entity("e8", "T4", "revenue"));
        put(1, "e1", "T1", "2026-02", "10", true);
        put(2, "e3", "T2", "2026-02", "10", true);
        put(3, "e8", "T4", "2026-02", "10", false);
        FigureEngine city = new FigureEngine(book);
        long offset = 0;
        for (RegionTotals totals : engine.flush().totals()) {
            city.applyTotals(totals, ++offset);
        }

        city.flush();

        assertThat(counts(city.figures().get("D1|revenue|2026-02"))).containsExactly(2, 2, 2);
        assertThat(counts(city.figures().get("D2|revenue|2026-02"))).containsExactly(1, 1, 0);
        assertThat(counts(city.figures().get("C|revenue|2026-02"))).containsExactly(3, 3, 2);
    }
}
