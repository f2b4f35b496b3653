package io.pacer.aggregate.figure;

import static io.pacer.aggregate.figure.Mother.entry;
import static org.assertj.core.api.Assertions.assertThat;

import io.pacer.events.Basis;
import io.pacer.events.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntitySeriesTest {

    private final EntitySeries series = new EntitySeries("e1", "revenue");

    private void put(long position, String period, String value, String prior) {
        series.apply(Period.parse(period), entry(position, "T1", Basis.CUMULATIVE, value, prior));
    }

    @Test
    void priorSeriesIsLastYearsOwnFigures() {
        put(1, "2025-01", "10", null);
        put(2, "2025-02", "20", null);
        put(3, "2026-01", "12", null);
        assertThat(Mother.text(SeriesMonths.prior(series, 2026), 3)).isEqualTo("10,20,_");
        assertThat(Mother.text(SeriesMonths.current(series, 2026), 3)).isEqualTo("12,_,_");
    }

    @Test
    void aPriorYearValueRestatesLastYearsMonthOnlyForThatMonth() {
        put(1, "2025-01", "10", null);
        put(2, "2025-02", "20", null);
        put(3, "2026-02", "30", "25");
        assertThat(Mother.text(SeriesMonths.prior(series, 2026), 2)).isEqualTo("10,25");
        // last year's own series is not rewritten by the restatement
        assertThat(Mother.text(SeriesMonths.current(series, 2025), 2)).isEqualTo("10,20");
    }

    @Test
    void aPriorYearValueGivesAPriorSeriesWhereLastYearHasNone() {
        put(1, "2026-03", "30", "15");
        assertThat(Mother.text(SeriesMonths.prior(series, 2026), 3)).isEqualTo("_,_,15");
    }

    @Test
    void aRevisionReplacesTheFigureEntirelyIncludingDroppingItsPriorYearValue() {
        put(1, "2025-02", "20", null);
        put(2, "2026-02", "30", "25");
        assertThat(Mother.text(SeriesMonths.prior(series, 2026), 2)).isEqualTo("_,25");
        put(3, "2026-02", "31", null);
        assertThat(Mother.text(SeriesMonths.current(series, 2026), 2)).isEqualTo("_,31");
        assertThat(Mother.text(SeriesMonths.prior(series, 2026), 2)).isEqualTo("_,20");
    }

    @ParameterizedTest(name = "positions {0} then {1} → figure {2}, second was {3}")
    @CsvSource({
            "1, 2, 2, REPLACED",
            "2, 1, 2, HISTORY_ONLY",
            "2, 2, 2, DUPLICATE"})
    void theHigherLedgerPositionWinsWhateverTheDeliveryOrder(long first, long second, long winner,
            EntitySeries.Applied secondApplied) {
        series.apply(Period.parse("2026-01"), entry(first, "T1", Basis.CUMULATIVE, String.valueOf(first), null));
        EntitySeries.Applied applied = series.apply(Period.parse("2026-01"),
                entry(second, "T1", Basis.CUMULATIVE, String.valueOf(second), null));
        assertThat(applied).isEqualTo(secondApplied);
        assertThat(series.figure(Period.parse("2026-01")).position()).isEqualTo(winner);
        assertThat(series.revisions(Period.parse("2026-01"))).hasSize(first == second ? 1 : 2);
    }

    @Test
    void theEntityCountsInTheRegionOfItsLatestEntry() {
        series.apply(Period.parse("2026-02"), entry(5, "T2", Basis.CUMULATIVE, "1", null));
        series.apply(Period.parse("2026-01"), entry(3, "T1", Basis.CUMULATIVE, "1", null));
        assertThat(series.regionId()).isEqualTo("T2");
    }

    @Test
    void yearToDateOfCurrentAndPriorSeriesFollowTheBasis() {
        EntitySeries monthly = new EntitySeries("e2", "sales");
        monthly.apply(Period.parse("2025-01"), entry(1, "T1", Basis.MONTHLY, "5", null));
        monthly.apply(Period.parse("2025-03"), entry(2, "T1", Basis.MONTHLY, "7", null));
        monthly.apply(Period.parse("2026-01"), entry(3, "T1", Basis.MONTHLY, "6", null));
        monthly.apply(Period.parse("2026-02"), entry(4, "T1", Basis.MONTHLY, "4", "3"));
        assertThat(Mother.text(monthly.ytd(2026), 3)).isEqualTo("6,10,10");
        assertThat(Mother.text(monthly.priorYtd(2026), 3)).isEqualTo("5,8,15");
    }
}
