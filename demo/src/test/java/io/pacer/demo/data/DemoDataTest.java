package io.pacer.demo.data;

import static io.pacer.demo.data.DemoIndicators.FISCAL_REVENUE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.pacer.demo.data.Docs.EntityDoc;
import io.pacer.demo.data.Docs.IndicatorDoc;
import io.pacer.demo.data.Docs.SubmissionDoc;
import io.pacer.demo.data.Docs.TargetDoc;
import io.pacer.events.Period;
import io.pacer.events.RegionLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DemoDataTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private static DemoData demo(LocalDate today) {
        return DemoData.generate(DemoData.DEFAULT_SEED, DemoCalendar.of(today));
    }

    @Test
    void zoneFiscalRevenueIs24600Up59Point2PercentInJanuaryToFebruary() {
        DemoData data = demo(TODAY);
        LedgerRules.Figure f = new LedgerRules(data).region(DemoCity.ZONE, FISCAL_REVENUE, new Period(2026, 2));

        assertThat(f.ytd()).isEqualByComparingTo("24600");
        assertThat(f.priorYtd()).isEqualByComparingTo("15452");
        assertThat(f.growthPct()).isCloseTo(59.2, within(0.05));
    }

    @Test
    void zoneCarriesTheSpeechsOtherFiguresAtFebruaryOfTheDemoYear() {
        LedgerRules rules = new LedgerRules(demo(TODAY));
        Period february = new Period(2026, 2);

        Map<String, String> expected = Map.of("industrial_investment", "32300", "land_developed", "500",
                "issues_resolved", "14");
        expected.forEach((indicator, value) -> assertThat(rules.region(DemoCity.ZONE, indicator, february).ytd())
                .as(indicator).isEqualByComparingTo(value));
    }

    @Test
    void zonesProjectRegisterGivesTheSpeechsCountsAtFebruaryOfTheDemoYear() {
        DemoData data = demo(TODAY);
        Period february = new Period(2026, 2);

        assertThat(projectCount(data, "projects_signed", february)).isEqualTo(16);
        assertThat(projectCount(data, "projects_started", february)).isEqualTo(7);
        assertThat(projectCount(data, "projects_completed", february)).isZero();
        Map<String, Long> categories = data.projects().stream().map(Docs.ProjectDoc::body)
                .filter(b -> b.signedOn().compareTo("2026-03") < 0 && b.signedOn().startsWith("2026"))
                .collect(Collectors.groupingBy(Docs.ProjectBody::category, Collectors.counting()));
        assertThat(categories).containsEntry("INDUSTRIAL", 8L).containsEntry("SCIENCE_TALENT", 8L).hasSize(2);
        assertThat(data.submissionsByEntity().get(DemoCity.ZONE + "-inv")).allSatisfy(s -> assertThat(s.figures())
                .extracting(Docs.FigureDoc::indicator).containsExactly("industrial_investment"));
    }

    @ParameterizedTest(name = "today {0}")
    @ValueSource(strings = {"2026-03-01", "2026-11-26", "2027-02-28"})
    void zonesProjectsFollowTheStoryEveryMonthAndOneIsPast90DaysWithoutAPile(String today) {
        DemoData data = demo(LocalDate.parse(today));
        for (Period p : data.calendar().months()) {
            for (String indicator : List.of("projects_signed", "projects_started", "projects_completed")) {
                assertThat(projectCount(data, indicator, p)).as(indicator + " " + p).isEqualTo(
                        ZoneFigures.ytd(indicator, p.year(), p.month(), data.calendar().demoYear()).intValueExact());
            }
        }
        LocalDate now = LocalDate.parse(today);
        List<Docs.ProjectBody> overdue = data.projects().stream().map(Docs.ProjectDoc::body)
                .filter(b -> b.pileOn() == null && LocalDate.parse(b.signedOn()).plusDays(90).isBefore(now)).toList();
        assertThat(overdue).hasSize(1);
        assertThat(data.projects()).allSatisfy(d -> {
            Docs.ProjectBody b = d.body();
            assertThat(b.pileOn() == null || b.pileOn().compareTo(b.signedOn()) >= 0).isTrue();
            assertThat(b.startedOn() == null || b.startedOn().compareTo(b.pileOn()) >= 0).isTrue();
            assertThat(b.completedOn() == null || b.completedOn().compareTo(b.startedOn()) >= 0).isTrue();
            assertThat(b.investmentWan()).isGreaterThanOrEqualTo(new BigDecimal("10000"));
            assertThat(LocalDate.parse(b.completedOn() != null ? b.completedOn() : b.signedOn())).isBefore(now);
        });
    }

    /** The count ingest derives from the register: dates in January 1 … the end of the month, of that year. */
    static int projectCount(DemoData data, String indicator, Period p) {
        String from = p.year() + "-01-01";
        String to = p.toYearMonth().atEndOfMonth().toString();
        return (int) data.projects().stream().map(Docs.ProjectDoc::body).map(b -> switch (indicator) {
            case "projects_signed" -> b.signedOn();
            case "projects_started" -> b.startedOn();
            default -> b.completedOn();
        }).filter(d -> d != null && d.compareTo(from) >= 0 && d.compareTo(to) <= 0).count();
    }

    @ParameterizedTest(name = "today {0}")
    @ValueSource(strings = {"2026-03-01", "2026-04-20", "2026-11-26", "2027-01-10", "2027-02-28"})
    void projectsCompletedLagsTheLinearScheduleByTenToThirtyPointsAtTheLatestMonth(String today) {
        DemoData data = demo(LocalDate.parse(today));
        DemoCalendar calendar = data.calendar();
        int m = calendar.latestMonthOfDemoYear();
        TargetDoc target = data.targets().stream().filter(t -> t.regionId().equals(DemoCity.ZONE)
                && t.indicator().equals("projects_completed")).findFirst().orElseThrow();
        BigDecimal ytd = BigDecimal.valueOf(projectCount(data, "projects_completed", new Period(calendar.demoYear(), m)));

        double progress = ytd.doubleValue() / target.body().annualTarget().doubleValue() * 100;
        double gap = m / 12.0 * 100 - progress;
        assertThat(target.body().annualTarget()).isEqualByComparingTo("12");
        assertThat(target.body().curve()).isEqualTo("LINEAR");
        assertThat(gap).isGreaterThanOrEqualTo(10).isLessThan(30);
    }

    @Test
    void zoneLeadsItsDistrictOnShareAndGrowthOfTheFourValueAddedIndicators() {
        DemoData data = demo(TODAY);
        LedgerRules rules = new LedgerRules(data);
        Period february = data.calendar().zoneMonth();
        for (String indicator : List.of("industrial_va", "equipment_va", "hightech_va", "sei_va")) {
            LedgerRules.Figure zone = rules.region(DemoCity.ZONE, indicator, february);
            for (String town : rules.children(DemoCity.DISTRICT)) {
                if (town.equals(DemoCity.ZONE)) {
                    continue;
                }
                LedgerRules.Figure other = rules.region(town, indicator, february);
                assertThat(zone.sharePct()).as(indicator + " share vs " + town).isGreaterThan(other.sharePct());
                assertThat(zone.growthPct()).as(indicator + " growth vs " + town).isGreaterThan(other.growthPct());
            }
        }
    }

    @Test
    void generationIsDeterministicForASeed() {
        DemoCalendar calendar = DemoCalendar.of(TODAY);
        DemoData first = DemoData.generate(7, calendar);
        DemoData again = DemoData.generate(7, calendar);
        DemoData other = DemoData.generate(8, calendar);

        assertThat(again.reference()).isEqualTo(first.reference());
        assertThat(again.submissionsByEntity()).isEqualTo(first.submissionsByEntity());
        assertThat(again.targets()).isEqualTo(first.targets());
        assertThat(other.submissionsByEntity()).isNotEqualTo(first.submissionsByEntity());
    }

    @ParameterizedTest(name = "today {0}")
    @ValueSource(strings = {"2026-11-26", "2026-03-01", "2027-01-31", "2027-02-01"})
    void demoYearIsTheYearOfTheMonthTwoMonthsBackAndDataRunToTheLastCompleteMonth(String today) {
        LocalDate date = LocalDate.parse(today);
        DemoCalendar calendar = DemoCalendar.of(date);
        int expectedYear = date.minusMonths(2).getYear();

        assertThat(calendar.demoYear()).isEqualTo(expectedYear);
        assertThat(calendar.first()).isEqualTo(new Period(expectedYear - 1, 1));
        assertThat(calendar.last().toYearMonth()).isEqualTo(java.time.YearMonth.from(date).minusMonths(1));
        assertThat(calendar.zoneMonth().compareTo(calendar.last())).isLessThanOrEqualTo(0);
    }

    @Test
    void aFewUnitsMissTheLatestMonthAndAllOthersReportEveryMonth() {
        DemoData data = demo(TODAY);
        int months = data.calendar().months().size();
        Map<String, Integer> counts = data.submissionsByEntity().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().size()));

        counts.forEach((entity, n) -> assertThat(n).as(entity)
                .isEqualTo(DemoData.LATE_UNITS.contains(entity) ? months - 1 : months));
        assertThat(DemoData.LATE_UNITS).allMatch(counts::containsKey).hasSizeBetween(2, 6)
                .noneMatch(u -> u.startsWith(DemoCity.ZONE));
    }

    @Test
    void registersHoldACityFiveDistrictsAndADozenTownsWithTheZoneInTheDemoDistrict() {
        DemoData data = demo(TODAY);
        var regions = data.reference().regions();

        assertThat(regions).filteredOn(r -> r.level() == RegionLevel.CITY).hasSize(1);
        assertThat(regions).filteredOn(r -> r.level() == RegionLevel.DISTRICT).hasSize(5);
        assertThat(regions).filteredOn(r -> DemoCity.DISTRICT.equals(r.parentId())).hasSizeBetween(10, 14)
                .anyMatch(r -> r.id().equals(DemoCity.ZONE) && r.name().equals("高新区")
                        && r.nameEn().equals("High-tech Zone"));
        var leaves = regions.stream().filter(r -> r.level() == RegionLevel.TOWN).map(Docs.RegionDoc::id).toList();
        assertThat(data.reference().entities()).allMatch(e -> leaves.contains(e.regionId()));
        Map<String, List<EntityDoc>> byTown = data.reference().entities().stream()
                .collect(Collectors.groupingBy(EntityDoc::regionId));
        assertThat(byTown.keySet()).containsExactlyInAnyOrderElementsOf(leaves);
        byTown.values().forEach(units -> assertThat(units).hasSizeGreaterThanOrEqualTo(5));
    }

    @Test
    void indicatorsAreTheTwelveOfTheDemoTable() {
        List<IndicatorDoc> indicators = DemoIndicators.all();

        assertThat(indicators).extracting(i -> i.code() + "|" + i.name() + "|" + i.unit() + "|" + i.basis() + "|"
                + i.better() + "|" + i.shareOf()).containsExactly(
                        "fiscal_revenue|财政收入|万元|CUMULATIVE|HIGHER|null",
                        "industrial_va|规上工业增加值|万元|CUMULATIVE|HIGHER|null",
                        "equipment_va|装备制造业增加值|万元|CUMULATIVE|HIGHER|industrial_va",
                        "hightech_va|高新技术产业增加值|万元|CUMULATIVE|HIGHER|industrial_va",
                        "sei_va|战略性新兴产业增加值|万元|CUMULATIVE|HIGHER|industrial_va",
                        "projects_signed|新签约项目|个|CUMULATIVE|HIGHER|null",
                        "projects_started|亿元以上项目新开工|个|CUMULATIVE|HIGHER|null",
                        "projects_completed|亿元以上项目竣工|个|CUMULATIVE|HIGHER|null",
                        "industrial_investment|工业性投入|万元|CUMULATIVE|HIGHER|null",
                        "land_developed|平台拓展提升|亩|CUMULATIVE|HIGHER|null",
                        "issues_resolved|解决发展和民生问题|项|CUMULATIVE|HIGHER|null",
                        "energy_use|综合能耗|吨标准煤|CUMULATIVE|LOWER|null");
        assertThat(indicators).allMatch(i -> i.nameEn() != null && !i.nameEn().isBlank() && i.nonNegative());
    }

    @Test
    void everyFigureIsNonNegativeListedByItsUnitAndNeverFallsWithinAYear() {
        DemoData data = demo(TODAY);
        Map<String, EntityDoc> entities = data.reference().entities().stream()
                .collect(Collectors.toMap(EntityDoc::id, e -> e));
        for (List<SubmissionDoc> list : data.submissionsByEntity().values()) {
            Map<String, BigDecimal> previous = new java.util.HashMap<>();
            String year = "";
            for (SubmissionDoc s : list) {
                if (!s.period().substring(0, 4).equals(year)) {
                    previous.clear();
                    year = s.period().substring(0, 4);
                }
                assertThat(s.figures()).extracting(Docs.FigureDoc::indicator)
                        .containsExactlyElementsOf(entities.get(s.entityId()).indicators());
                for (Docs.FigureDoc f : s.figures()) {
                    assertThat(f.value().signum()).isNotNegative();
                    assertThat(f.priorYearValue()).isNotNull();
                    BigDecimal before = previous.put(f.indicator(), f.value());
                    if (before != null) {
                        assertThat(f.value()).as(s.entityId() + " " + s.period() + " " + f.indicator())
                                .isGreaterThanOrEqualTo(before);
                    }
                }
            }
        }
    }

    @Test
    void submissionsOfAUnitAreInChronologicalOrder() {
        for (List<SubmissionDoc> list : demo(TODAY).submissionsByEntity().values()) {
            assertThat(list).extracting(s -> Period.parse(s.period())).isSorted();
        }
    }

    @Test
    void zoneHasTheSpeechsTargetsForTheDemoYear() {
        DemoData data = demo(TODAY);
        Map<String, TargetDoc> zone = data.targets().stream().filter(t -> t.regionId().equals(DemoCity.ZONE))
                .collect(Collectors.toMap(TargetDoc::indicator, t -> t));

        assertThat(zone.get("projects_started").body().annualTarget()).isEqualByComparingTo("20");
        assertThat(zone.get("projects_completed").body().annualTarget()).isEqualByComparingTo("12");
        assertThat(zone.get("land_developed").body().annualTarget()).isEqualByComparingTo("2000");
        assertThat(data.targets()).allMatch(t -> t.year() == 2026)
                .allMatch(t -> t.body().annualTarget() != null || t.body().growthTargetPct() != null);
    }

    @Test
    void restatedUnitsPriorYearDiffersFromItsOwnLastYearFigure() {
        DemoData data = demo(TODAY);
        LedgerRules rules = new LedgerRules(data);
        String unit = DemoData.RESTATED_UNIT;

        BigDecimal ownLastYear = rules.ytd(unit, "industrial_va", 2025, 2);
        BigDecimal restated = rules.priorYtd(unit, "industrial_va", 2026, 2);
        assertThat(restated).isGreaterThan(ownLastYear);
    }
}
