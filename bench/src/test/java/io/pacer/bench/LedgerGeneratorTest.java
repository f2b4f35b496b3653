package io.pacer.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.pacer.events.Basis;
import io.pacer.events.PacerJson;
import io.pacer.events.Region;
import io.pacer.events.SubmissionRecord;
import org.junit.jupiter.api.Test;

class LedgerGeneratorTest {

    private static final Instant MARCH = Instant.parse("2026-03-20T04:00:00Z");
    private final CityModel model = CityModel.of(3, 9, 200, 20);

    private List<SubmissionRecord> generate(List<YearMonth> months, double revisions, long seed,
            List<LedgerGenerator.Summary> summary) {
        List<SubmissionRecord> records = new ArrayList<>();
        summary.add(new LedgerGenerator(model, months, revisions, seed, MARCH).generate(records::add));
        return records;
    }

    @Test
    void writesEveryEntityIndicatorAndMonthOnceThenTheRevisions() {
        List<LedgerGenerator.Summary> s = new ArrayList<>();
        List<YearMonth> months = LedgerGenerator.monthsEndingLastMonth(5, MARCH);
        List<SubmissionRecord> records = generate(months, 0.02, 42, s);

        assertThat(months).containsExactly(YearMonth.of(2025, 10), YearMonth.of(2025, 11), YearMonth.of(2025, 12),
                YearMonth.of(2026, 1), YearMonth.of(2026, 2));
        assertThat(s.get(0).originals()).isEqualTo(200L * 20 * 5);
        assertThat(s.get(0).records()).isEqualTo(records.size());
        Set<String> figures = new HashSet<>();
        records.forEach(r -> figures.add(r.entityId() + r.indicator() + r.period()));
        assertThat(figures).hasSize(200 * 20 * 5);
        // 20,000 figures at 2 %: 400 expected, σ ≈ 20
        assertThat(s.get(0).revisions()).isBetween(330L, 470L);
    }

    @Test
    void keysAreTheDistrictOfTheEntitysTownAndBasisComesFromTheIndicator() {
        List<SubmissionRecord> records = generate(LedgerGenerator.monthsEndingLastMonth(2, MARCH), 0.02, 1,
                new ArrayList<>());
        Map<String, Region> regions = model.regionsById();
        Set<String> districts = new HashSet<>();
        model.districts().forEach(d -> districts.add(d.id()));
        Map<String, Basis> bases = new HashMap<>();
        model.indicators().forEach(i -> bases.put(i.code(), i.basis()));
        for (SubmissionRecord r : records) {
            assertThat(r.parentRegionId()).isIn(districts).isEqualTo(regions.get(r.regionId()).parentId());
            assertThat(r.basis()).isEqualTo(bases.get(r.indicator()));
            assertThat(r.value().signum()).isGreaterThanOrEqualTo(0);
            assertThat(r.acceptedAt()).isBeforeOrEqualTo(MARCH);
        }
        assertThat(records.stream().filter(r -> r.priorYearValue() != null).count())
                .isGreaterThan(records.size() * 8L / 10);
    }

    @Test
    void monthByMonthWithEachRevisionAfterTheFollowingMonthsFigures() {
        List<SubmissionRecord> records = generate(LedgerGenerator.monthsEndingLastMonth(4, MARCH), 0.05, 3,
                new ArrayList<>());
        Map<String, Integer> firstIndex = new LinkedHashMap<>();
        for (int k = 0; k < records.size(); k++) {
            SubmissionRecord r = records.get(k);
            String figure = r.entityId() + "|" + r.indicator() + "|" + r.period();
            Integer original = firstIndex.putIfAbsent(figure, k);
            if (original != null) {
                // a revision: every original of the following month is already on the ledger
                String next = YearMonth.parse(r.period()).plusMonths(1).toString();
                int lastOfNext = -1;
                for (int j = 0; j < k; j++) {
                    if (records.get(j).period().equals(next)) {
                        lastOfNext = j;
                    }
                }
                assertThat(lastOfNext).isLessThan(k);
                assertThat(r.submissionId()).isNotEqualTo(records.get(original).submissionId());
            }
        }
        List<String> originalPeriods = firstIndex.keySet().stream().map(f -> f.substring(f.lastIndexOf('|') + 1))
                .toList();
        assertThat(originalPeriods).isSorted();
        // one entity's month is one submission: one id for its 20 figures
        assertThat(records.subList(0, 20)).extracting(SubmissionRecord::submissionId).containsOnly(
                records.get(0).submissionId());
    }

    @Test
    void sameSeedSameLedgerOtherSeedOtherLedger() {
        List<YearMonth> months = LedgerGenerator.monthsEndingLastMonth(2, MARCH);
        List<SubmissionRecord> a = generate(months, 0.02, 7, new ArrayList<>());
        List<SubmissionRecord> b = generate(months, 0.02, 7, new ArrayList<>());
        List<SubmissionRecord> c = generate(months, 0.02, 8, new ArrayList<>());
        assertThat(json(a)).isEqualTo(json(b));
        assertThat(json(a)).isNotEqualTo(json(c));
    }

    @Test
    void cityYearToDateFollowsTheLatestRecordAndTheBasisAcrossTheYearBoundary() {
        List<LedgerGenerator.Summary> s = new ArrayList<>();
        List<SubmissionRecord> records = generate(LedgerGenerator.monthsEndingLastMonth(4, MARCH), 0.1, 5, s);
        Map<String, SubmissionRecord> latest = new LinkedHashMap<>();
        records.forEach(r -> latest.put(r.entityId() + "|" + r.indicator() + "|" + r.period(), r));
        Map<String, BigDecimal> expected = new HashMap<>();
        for (SubmissionRecord r : latest.values()) {
            boolean counts = r.basis() == Basis.MONTHLY ? r.period().startsWith("2026-") : r.period().equals("2026-02");
            if (counts) {
                expected.merge(r.indicator(), r.value(), BigDecimal::add);
            }
        }
        assertThat(s.get(0).latest()).isEqualTo(YearMonth.of(2026, 2));
        assertThat(s.get(0).cityYtd()).hasSize(20);
        s.get(0).cityYtd().forEach((indicator, ytd) -> assertThat(ytd).isEqualByComparingTo(expected.get(indicator)));
    }

    private static List<String> json(List<SubmissionRecord> records) {
        return records.stream().map(r -> new String(PacerJson.write(r))).toList();
    }
}
