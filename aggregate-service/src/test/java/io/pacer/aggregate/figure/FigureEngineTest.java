package io.pacer.aggregate.figure;

import static io.pacer.aggregate.figure.Mother.entity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import io.pacer.aggregate.reference.ReferenceBook;
import io.pacer.events.Basis;
import io.pacer.events.Period;
import io.pacer.events.Ranks;
import io.pacer.events.Region;
import io.pacer.events.RegionLevel;
import io.pacer.events.RegionTotals;
import io.pacer.support.testing.References;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FigureEngineTest {

    private final ReferenceBook book = Mother.city();
    private final FigureEngine engine = new FigureEngine(book);
    private long position;

    /** A ledger record of an entity in town, keyed by the town's parent. */
    private EntitySeries.Applied put(String entity, String town, String indicator, String period, String value,
            String prior) {
        Basis basis = book.indicator(indicator) == null ? Basis.CUMULATIVE : book.indicator(indicator).basis();
        return engine.applyLedger(book.region(town).parentId(), entity, indicator, Period.parse(period),
                Mother.entry(++position, town, basis, value, prior));
    }

    private RegionFigure figure(String region, String indicator, String period) {
        return engine.figures().get(region + "|" + indicator + "|" + period);
    }

    @Test
    void growthRunsOverTheComparableSetOnly() {
        put("e1", "T1", "revenue", "2025-01", "100", null);
        put("e1", "T1", "revenue", "2026-01", "150", null);
        put("e2", "T1", "revenue", "2026-01", "50", null);
        engine.flush();
        RegionFigure t1 = figure("T1", "revenue", "2026-01");
        assertThat(t1.ytd()).isEqualByComparingTo("200");
        assertThat(t1.priorYtd()).isEqualByComparingTo("100");
        assertThat(t1.growthPct()).isEqualTo(50.0);
    }

    @Test
    void aGroupThatIsNotReadyKeepsItsChangesForALaterFlush() {
        put("e1", "T1", "revenue", "2026-01", "100", null);
        put("e6", "T4", "revenue", "2026-01", "40", null);

        Flush first = engine.flush(group -> !group.equals("D1"));

        assertThat(first.figures()).extracting(RegionFigure::regionId).contains("T4").doesNotContain("T1");
        Flush second = engine.flush();
        assertThat(second.figures()).extracting(RegionFigure::regionId).contains("T1").doesNotContain("T4");
        assertThat(figure("T1", "revenue", "2026-01").ytd()).isEqualByComparingTo("100");
    }

    @Test
    void aMonthsFigureChangesOnlyThatMonthAndTheLaterOnesWithRankChangesAgainstTheMonthBefore() {
        put("e1", "T1", "revenue", "2026-01", "100", null);
        put("e3", "T2", "revenue", "2026-01", "50", null);
        put("e1", "T1", "revenue", "2026-02", "110", null);
        put("e3", "T2", "revenue", "2026-02", "60", null);
        engine.flush();

        put("e3", "T2", "revenue", "2026-03", "200", null);
        Flush march = engine.flush();

        assertThat(march.figures()).isNotEmpty()
                .allSatisfy(f -> assertThat(f.period().month()).isGreaterThanOrEqualTo(3));
        RegionFigure t2 = figure("T2", "revenue", "2026-03");
        assertThat(t2.rank().value()).isEqualTo(1);
        assertThat(t2.rankChange().value()).isEqualTo(1);
        assertThat(figure("T1", "revenue", "2026-03").rankChange().value()).isEqualTo(-1);
        assertThat(figure("T2", "revenue", "2026-02").rank().value()).isEqualTo(2);
    }

    @Test
    void afterOutputsAreResetTheNextFlushSendsEveryFigureAgain() {
        put("e1", "T1", "revenue", "2026-01", "100", null);
        int published = engine.flush().figures().size();
        assertThat(engine.flush().isEmpty()).isTrue();

        engine.resetOutputs();

        assertThat(engine.flush().figures()).hasSize(published);
    }

    @Test
    void seriesInALeafAreTheEntitiesCountedThere() {
        put("e1", "T1", "revenue", "2026-01", "100", null);
        put("e2", "T1", "revenue", "2026-01", "10", null);
        put("e3", "T2", "revenue", "2026-01", "5", null);

        assertThat(engine.seriesIn("T1", "revenue")).extracting(EntitySeries::entityId)
                .containsExactlyInAnyOrder("e1", "e2");
        assertThat(engine.seriesIn("T3", "revenue")).isEmpty();
        assertThat(engine.seriesIn("nowhere", "revenue")).isEmpty();
    }

    @Test
    void growthIsNullWhenNoEntityHasAPriorYear() {
        put("e3", "T2", "revenue", "2026-01", "10", null);
        engine.flush();
        RegionFigure t2 = figure("T2", "revenue", "2026-01");
        assertThat(t2.ytd()).isEqualByComparingTo("10");
        assertThat(t2.priorYtd()).isNull();
        assertThat(t2.growthPct()).isNull();
        assertThat(t2.rank().growth()).isNull();
    }

    @Test
    void growthIsNullWhenTheComparablePriorSumsToZero() {
        put("e4", "T3", "revenue", "2025-01", "0", null);
        put("e4", "T3", "revenue", "2026-01", "5", null);
        engine.flush();
        RegionFigure t3 = figure("T3", "revenue", "2026-01");
        assertThat(t3.priorYtd()).isEqualByComparingTo("0");
        assertThat(t3.growthPct()).isNull();
    }

    @Test
    void anEntityWithOnlyAPriorYearCountsInNeitherYtdNorTheComparableSet() {
        put("e1", "T1", "revenue", "2025-01", "100", null);
        put("e2", "T1", "revenue", "2025-01", "40", null);
        put("e2", "T1", "revenue", "2026-01", "60", null);
        engine.flush();
        RegionFigure t1 = figure("T1", "revenue", "2026-01");
        assertThat(t1.ytd()).isEqualByComparingTo("60");
        assertThat(t1.priorYtd()).isEqualByComparingTo("40");
        assertThat(t1.growthPct()).isEqualTo(50.0);
    }

    @Test
    void aPriorYearValueRestatesLastYearAndItsRevisionWithoutOneRestoresTheLedgersValue() {
        put("e1", "T1", "revenue", "2025-02", "20", null);
        put("e1", "T1", "revenue", "2026-02", "30", "25");
        engine.flush();
        assertThat(figure("T1", "revenue", "2026-02").growthPct()).isEqualTo(20.0);
        put("e1", "T1", "revenue", "2026-02", "30", null);
        engine.flush();
        assertThat(figure("T1", "revenue", "2026-02").growthPct()).isEqualTo(50.0);
    }

    @Test
    void shareIsOfTheParentsTotalSummedOverItsChildren() {
        put("e1", "T1", "revenue", "2026-01", "60", null);
        put("e3", "T2", "revenue", "2026-01", "30", null);
        put("e4", "T3", "revenue", "2026-01", "10", null);
        engine.flush();
        assertThat(figure("T1", "revenue", "2026-01").sharePct()).isEqualTo(60.0);
        assertThat(figure("T2", "revenue", "2026-01").sharePct()).isEqualTo(30.0);
        assertThat(figure("T1", "revenue", "2026-01").rank()).isEqualTo(new Ranks(1, null, 1));
        assertThat(figure("T3", "revenue", "2026-01").rank()).isEqualTo(new Ranks(3, null, 3));
    }

    @Test
    void shareWithShareOfIsOfTheOtherIndicatorInTheSameRegion() {
        put("e1", "T1", "industry", "2026-01", "200", null);
        put("e1", "T1", "hightech", "2026-01", "50", null);
        put("e3", "T2", "industry", "2026-01", "100", null);
        put("e3", "T2", "hightech", "2026-01", "40", null);
        put("e4", "T3", "hightech", "2026-01", "5", null);
        engine.flush();
        assertThat(figure("T1", "hightech", "2026-01").sharePct()).isEqualTo(25.0);
        assertThat(figure("T2", "hightech", "2026-01").sharePct()).isEqualTo(40.0);
        assertThat(figure("T3", "hightech", "2026-01").sharePct()).as("no industry in T3").isNull();
        assertThat(figure("T2", "hightech", "2026-01").rank().share()).isEqualTo(1);
        assertThat(figure("T3", "hightech", "2026-01").rank().share()).isNull();
    }

    @Test
    void aChangeOfTheShareOfIndicatorMovesTheSharesThatDependOnIt() {
        put("e1", "T1", "industry", "2026-01", "200", null);
        put("e1", "T1", "hightech", "2026-01", "50", null);
        engine.flush();
        put("e1", "T1", "industry", "2026-01", "100", null);
        Flush flush = engine.flush();
        assertThat(figure("T1", "hightech", "2026-01").sharePct()).isEqualTo(50.0);
        assertThat(flush.figures()).anyMatch(f -> f.indicator().equals("hightech"));
    }

    @Test
    void shareIsNullWhenTheParentsTotalIsZero() {
        put("e1", "T1", "revenue", "2026-01", "0", null);
        put("e3", "T2", "revenue", "2026-01", "0", null);
        engine.flush();
        assertThat(figure("T1", "revenue", "2026-01").sharePct()).isNull();
        assertThat(figure("T1", "revenue", "2026-01").rank().value()).isEqualTo(1);
        assertThat(figure("T2", "revenue", "2026-01").rank().value()).isEqualTo(1);
    }

    @Test
    void lowerIsBetterRanksAscendingOnEveryMetric() {
        put("e1", "T1", "energy", "2025-01", "100", null);
        put("e1", "T1", "energy", "2026-01", "90", null);
        put("e3", "T2", "energy", "2025-01", "100", null);
        put("e3", "T2", "energy", "2026-01", "120", null);
        engine.flush();
        assertThat(figure("T1", "energy", "2026-01").rank()).isEqualTo(new Ranks(1, 1, 1));
        assertThat(figure("T2", "energy", "2026-01").rank()).isEqualTo(new Ranks(2, 2, 2));
    }

    @Test
    void tiesShareARankAndRankChangeComparesWithThePreviousMonth() {
        put("e1", "T1", "revenue", "2026-01", "30", null);
        put("e3", "T2", "revenue", "2026-01", "20", null);
        put("e4", "T3", "revenue", "2026-01", "20", null);
        put("e4", "T3", "revenue", "2026-02", "50", null);
        engine.flush();
        assertThat(figure("T2", "revenue", "2026-01").rank().value()).isEqualTo(2);
        assertThat(figure("T3", "revenue", "2026-01").rank().value()).isEqualTo(2);
        assertThat(figure("T3", "revenue", "2026-01").rankChange()).isEqualTo(Ranks.NONE);
        assertThat(figure("T3", "revenue", "2026-02").rank().value()).isEqualTo(1);
        assertThat(figure("T3", "revenue", "2026-02").rankChange().value()).isEqualTo(1);
        assertThat(figure("T1", "revenue", "2026-02").rankChange().value()).isEqualTo(-1);
        assertThat(figure("T2", "revenue", "2026-02").rankChange().value()).isEqualTo(-1);
        assertThat(figure("T2", "revenue", "2026-02").rankChange().growth()).as("no growth rank").isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            revenue | 10,_,25,_  | 10,10,25,25
            sales   | 10,_,25,_  | 10,10,35,35
            stock   | 10,_,25,_  | 10,10,25,25
            """)
    void regionYearToDateFollowsTheBasisThroughMissingMonths(String indicator, String values, String ytds) {
        String[] v = values.split(",");
        for (int m = 1; m <= v.length; m++) {
            if (!v[m - 1].equals("_")) {
                put("e1", "T1", indicator, "2026-0" + m, v[m - 1], null);
            }
        }
        engine.flush();
        java.math.BigDecimal[] actual = new java.math.BigDecimal[12];
        for (int m = 1; m <= 12; m++) {
            actual[m - 1] = figure("T1", indicator, String.format("2026-%02d", m)).ytd();
        }
        assertThat(Mother.text(actual, 4)).isEqualTo(ytds);
        assertThat(actual[11]).isEqualTo(actual[3]);
    }

    @Test
    void aRevisionCascadesIntoEveryLaterMonthOfTheYearAndItsRanksButNotEarlierMonths() {
        put("e1", "T1", "sales", "2026-01", "10", null);
        put("e1", "T1", "sales", "2026-02", "10", null);
        put("e1", "T1", "sales", "2026-03", "10", null);
        put("e3", "T2", "sales", "2026-01", "15", null);
        put("e3", "T2", "sales", "2026-02", "10", null);
        put("e3", "T2", "sales", "2026-03", "10", null);
        engine.flush();
        assertThat(figure("T1", "sales", "2026-03").rank().value()).isEqualTo(2);
        put("e1", "T1", "sales", "2026-02", "20", null);
        Flush flush = engine.flush();
        assertThat(figure("T1", "sales", "2026-02").ytd()).isEqualByComparingTo("30");
        assertThat(figure("T1", "sales", "2026-03").ytd()).isEqualByComparingTo("40");
        assertThat(figure("T1", "sales", "2026-12").ytd()).isEqualByComparingTo("40");
        assertThat(figure("T1", "sales", "2026-03").rank().value()).isEqualTo(1);
        assertThat(figure("T1", "sales", "2026-02").rankChange().value()).isEqualTo(1);
        assertThat(flush.figures()).noneMatch(f -> f.period().month() == 1);
        assertThat(flush.figures()).anyMatch(f -> f.regionId().equals("T2") && f.period().month() == 12);
    }

    @Test
    void aRevisionOfLastYearMovesThisYearsGrowth() {
        put("e1", "T1", "revenue", "2025-01", "100", null);
        put("e1", "T1", "revenue", "2026-01", "150", null);
        engine.flush();
        put("e1", "T1", "revenue", "2025-01", "50", null);
        Flush flush = engine.flush();
        assertThat(figure("T1", "revenue", "2026-01").growthPct()).isEqualTo(200.0);
        assertThat(flush.figures()).anyMatch(f -> f.period().equals(Period.parse("2026-06")));
    }

    @Test
    void reportedCountsRegisteredEntitiesWithAFigureForExactlyThatMonth() {
        References.put(book.replica(), entity("e1", "T1", "revenue"));
        References.put(book.replica(), entity("e2", "T1", "revenue"));
        References.put(book.replica(), entity("e5", "T1", "revenue", "sales"));
        References.put(book.replica(), entity("e6", "T1", "sales"));
        put("e1", "T1", "revenue", "2026-01", "10", null);
        put("e2", "T1", "revenue", "2026-01", "10", null);
        put("e2", "T1", "revenue", "2026-02", "12", null);
        put("e9", "T1", "revenue", "2026-02", "12", null);
        engine.flush();
        RegionFigure jan = figure("T1", "revenue", "2026-01");
        RegionFigure feb = figure("T1", "revenue", "2026-02");
        RegionFigure mar = figure("T1", "revenue", "2026-03");
        assertThat(List.of(jan.reported(), jan.expected())).containsExactly(2, 3);
        assertThat(List.of(feb.reported(), feb.expected())).as("e9 is not registered").containsExactly(1, 3);
        assertThat(List.of(mar.reported(), mar.expected())).containsExactly(0, 3);
        assertThat(mar.ytd()).isEqualByComparingTo("34");
    }

    @Test
    void aRegisteredEntityThatHasNotReportedYetShowsItsRegionAsExpected() {
        put("e1", "T1", "revenue", "2026-01", "10", null);
        engine.flush();
        References.put(book.replica(), entity("e7", "T3", "revenue"));
        engine.entityChanged(null, book.entity("e7"));
        engine.flush();
        RegionFigure t3 = figure("T3", "revenue", "2026-01");
        assertThat(t3.ytd()).isNull();
        assertThat(List.of(t3.reported(), t3.expected())).containsExactly(0, 1);
        assertThat(t3.rank()).isEqualTo(Ranks.NONE);
    }

    @Test
    void anEntityRegisteredInAnotherTownOfTheDistrictCountsAsReportingThereAsItsLedgerGrows() {
        // the registers moved e1 to T2; its ledger still says T1 until it next reports through ingest
        References.put(book.replica(), entity("e1", "T2", "revenue"));
        put("e1", "T1", "revenue", "2026-01", "10", null);
        put("e2", "T2", "revenue", "2026-01", "4", null);
        engine.flush();
        put("e1", "T1", "revenue", "2026-02", "12", null);
        engine.flush();
        RegionFigure feb = figure("T2", "revenue", "2026-02");
        assertThat(List.of(feb.reported(), feb.expected())).containsExactly(1, 1);
        assertThat(figure("T1", "revenue", "2026-02").ytd()).isEqualByComparingTo("12");
    }

    @Test
    void figuresWaitForTheirIndicatorAndComeWhenItArrives() {
        put("e1", "T1", "exports", "2026-01", "10", null);
        assertThat(engine.flush().figures()).isEmpty();
        References.put(book.replica(),
                Mother.indicator("exports", Basis.CUMULATIVE, io.pacer.events.Better.HIGHER, null));
        engine.indicatorChanged("exports");
        assertThat(engine.flush().figures()).hasSize(12);
    }

    @Test
    void aDuplicateOrStaleRecordChangesNothing() {
        put("e1", "T1", "revenue", "2026-01", "10", null);
        engine.flush();
        LedgerEntry again = Mother.entry(1, "T1", Basis.CUMULATIVE, "10", null);
        assertThat(engine.applyLedger("D1", "e1", "revenue", Period.parse("2026-01"), again))
                .isEqualTo(EntitySeries.Applied.DUPLICATE);
        assertThat(engine.flush().isEmpty()).isTrue();
    }

    @Test
    void totalsGoUpKeyedByTheGrandparentAndRankTheDistrictsOverAllTheirEntities() {
        put("e1", "T1", "revenue", "2025-01", "100", null);
        put("e1", "T1", "revenue", "2026-01", "200", null);
        put("e3", "T2", "revenue", "2025-01", "100", null);
        put("e3", "T2", "revenue", "2026-01", "100", null);
        put("e8", "T4", "revenue", "2025-01", "100", null);
        put("e8", "T4", "revenue", "2026-01", "120", null);
        Flush lower = engine.flush();
        assertThat(lower.totals()).filteredOn(t -> t.year() == 2026)
                .extracting(RegionTotals::regionId, RegionTotals::parentId)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("D1", "C"),
                        org.assertj.core.groups.Tuple.tuple("D2", "C"));
        FigureEngine city = new FigureEngine(book);
        long offset = 0;
        for (RegionTotals totals : lower.totals()) {
            city.applyTotals(totals, ++offset);
        }
        city.flush();
        Map<String, RegionFigure> figures = city.figures();
        RegionFigure d1 = figures.get("D1|revenue|2026-01");
        assertThat(d1.ytd()).isEqualByComparingTo("300");
        assertThat(d1.growthPct()).as("over entities, not an average of towns").isEqualTo(50.0);
        assertThat(d1.sharePct()).isCloseTo(300.0 / 420 * 100, within(1e-9));
        assertThat(d1.rank()).isEqualTo(new Ranks(1, 1, 1));
        assertThat(figures.get("D2|revenue|2026-01").rank()).isEqualTo(new Ranks(2, 2, 2));
        RegionFigure top = figures.get("C|revenue|2026-01");
        assertThat(top.parentId()).isNull();
        assertThat(top.ytd()).isEqualByComparingTo("420");
        assertThat(top.growthPct()).isEqualTo(40.0);
        assertThat(top.sharePct()).isNull();
        assertThat(top.rank()).isEqualTo(Ranks.NONE);
    }

    @Test
    void newerTotalsMoveTheUpperLevelOnlyFromTheirFirstChangedMonth() {
        put("e1", "T1", "revenue", "2026-01", "100", null);
        put("e8", "T4", "revenue", "2026-01", "50", null);
        FigureEngine city = new FigureEngine(book);
        long offset = 0;
        for (RegionTotals totals : engine.flush().totals()) {
            city.applyTotals(totals, ++offset);
        }
        city.flush();
        put("e1", "T1", "revenue", "2026-11", "400", null);
        List<RegionTotals> changed = engine.flush().totals();
        assertThat(changed).hasSize(1);
        for (RegionTotals totals : changed) {
            city.applyTotals(totals, ++offset);
        }
        Flush upper = city.flush();
        assertThat(upper.figures()).isNotEmpty()
                .allSatisfy(f -> assertThat(f.period().month()).isGreaterThanOrEqualTo(11));
        assertThat(city.figures().get("D1|revenue|2026-11").ytd()).isEqualByComparingTo("400");
        assertThat(city.figures().get("C|revenue|2026-12").ytd()).isEqualByComparingTo("450");
        // the same totals again (a redelivery at a later offset) recompute at most December and change nothing
        for (RegionTotals totals : changed) {
            city.applyTotals(totals, ++offset);
        }
        assertThat(city.flush().figures()).isEmpty();
    }

    @Test
    void totalsWaitForTheirRegionToBeKnown() {
        ReferenceBook partial = new ReferenceBook(References.replica());
        References.put(partial.replica(),
                Mother.indicator("revenue", Basis.CUMULATIVE, io.pacer.events.Better.HIGHER, null));
        FigureEngine early = new FigureEngine(partial);
        early.applyLedger("D1", "e1", "revenue", Period.parse("2026-01"),
                Mother.entry(1, "T1", Basis.CUMULATIVE, "5", null));
        Flush first = early.flush();
        assertThat(first.totals()).isEmpty();
        assertThat(first.figures()).hasSize(12);
        Region d1 = new Region("D1", "一区", "District 1", "C", RegionLevel.DISTRICT);
        References.put(partial.replica(), d1);
        early.regionChanged(d1);
        assertThat(early.flush().totals()).singleElement().extracting(RegionTotals::parentId).isEqualTo("C");
    }

    @Test
    void anOlderRevisionArrivingLateKeepsTheLaterFigure() {
        engine.applyLedger("D1", "e1", "revenue", Period.parse("2026-01"),
                Mother.entry(9, "T1", Basis.CUMULATIVE, "90", null));
        engine.applyLedger("D1", "e1", "revenue", Period.parse("2026-01"),
                Mother.entry(4, "T1", Basis.CUMULATIVE, "40", null));
        engine.flush();
        assertThat(figure("T1", "revenue", "2026-01").ytd()).isEqualByComparingTo("90");
        assertThat(engine.series("D1", "e1", "revenue").revisions(Period.parse("2026-01"))).hasSize(2);
    }
}
