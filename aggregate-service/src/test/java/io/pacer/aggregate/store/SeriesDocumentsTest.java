package io.pacer.aggregate.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.pacer.aggregate.figure.EntitySeries;
import io.pacer.aggregate.figure.LedgerEntry;
import io.pacer.events.Basis;
import io.pacer.events.Period;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class SeriesDocumentsTest {

    private static final Instant AT = Instant.parse("2026-03-05T08:00:00Z");

    private static LedgerEntry entry(long position, String region, String value, String prior, boolean late) {
        return new LedgerEntry(position, "s" + position, region, Basis.MONTHLY, new BigDecimal(value),
                prior == null ? null : new BigDecimal(prior), AT.plusSeconds(position), late);
    }

    @Test
    void aStoredSeriesGivesBackEveryEntryItsFiguresAndRevisions() {
        EntitySeries series = new EntitySeries("e1", "revenue");
        series.apply(new Period(2025, 2), entry(1, "T1", "8.50", null, false));
        series.apply(new Period(2026, 1), entry(2, "T1", "10", "9", false));
        series.apply(new Period(2026, 2), entry(3, "T1", "12.000001", null, true));
        // a correction of February, then an older revision of it delivered late
        series.apply(new Period(2026, 2), entry(7, "T2", "13", "-0.5", false));
        series.apply(new Period(2026, 2), entry(5, "T1", "99", null, true));

        Document stored = SeriesDocuments.Snapshot.of("D1", series).toDocument();
        EntitySeries read = SeriesDocuments.series(stored);

        assertThat(stored.getString("_id")).isEqualTo("D1|e1|revenue");
        assertThat(stored.getString("regionId")).as("the latest entry's region").isEqualTo("T2");
        assertThat(entries(read)).isEqualTo(entries(series));
        assertThat(read.figure(new Period(2026, 2)).value()).isEqualByComparingTo("13");
        assertThat(read.revisions(new Period(2026, 2))).extracting(LedgerEntry::position).containsExactly(3L, 5L, 7L);
        assertThat(read.ytd(2026)[1]).isEqualByComparingTo(series.ytd(2026)[1]);
        assertThat(read.priorYtd(2026)[1]).isEqualByComparingTo("8.5");
        assertThat(read.figure(new Period(2026, 2)).value().scale()).isZero();
        assertThat(read.figure(new Period(2026, 1)).acceptedAt()).isEqualTo(AT.plusSeconds(2));
    }

    @Test
    void aSnapshotIsNotChangedByEntriesAppliedAfterIt() {
        EntitySeries series = new EntitySeries("e1", "revenue");
        series.apply(new Period(2026, 1), entry(1, "T1", "10", null, false));
        SeriesDocuments.Snapshot snapshot = SeriesDocuments.Snapshot.of("D1", series);
        series.apply(new Period(2026, 2), entry(2, "T1", "11", null, false));

        assertThat(entries(SeriesDocuments.series(snapshot.toDocument()))).hasSize(1);
    }

    @Test
    void entriesAppendedAfterTheWholeSeriesMergeIntoWhatTheSeriesHoldsNow() {
        EntitySeries series = new EntitySeries("e1", "revenue");
        series.apply(new Period(2026, 1), entry(1, "T1", "10", null, false));
        Document whole = SeriesDocuments.Snapshot.of("D1", series).toDocument();
        series.apply(new Period(2026, 1), entry(4, "T2", "12", "9", true));
        series.apply(new Period(2026, 2), entry(6, "T2", "3", null, false));
        SeriesDocuments.Appended appended = new SeriesDocuments.Appended("D1", "e1", "revenue",
                List.of(new Period(2026, 1)), List.of(entry(4, "T2", "12", "9", true))).plus(new SeriesDocuments
                .Appended("D1", "e1", "revenue", List.of(new Period(2026, 2)), List.of(entry(6, "T2", "3", null,
                false))));
        List<Document> entryDocs = new ArrayList<>(appended.toDocuments());
        // an entry written again (a flush retried) changes nothing
        entryDocs.add(appended.toDocuments().get(0));

        Document merged = SeriesDocuments.merged(whole, entryDocs);

        assertThat(appended.toDocuments()).extracting(d -> d.getString("_id"))
                .containsExactly("D1|e1|revenue|4", "D1|e1|revenue|6");
        assertThat(merged.getString("regionId")).as("moved by the appended entries").isEqualTo("T2");
        assertThat(entries(SeriesDocuments.series(merged))).isEqualTo(entries(series));
        assertThat(entries(SeriesDocuments.series(SeriesDocuments.merged(null, entryDocs))))
                .as("entries of a series never written whole").hasSize(2);
    }

    private static List<String> entries(EntitySeries series) {
        List<String> all = new ArrayList<>();
        for (int year : series.years()) {
            for (int month = 1; month <= 12; month++) {
                Period period = new Period(year, month);
                series.revisions(period).forEach(e -> all.add(period + " " + e));
            }
        }
        all.sort(null);
        return all;
    }
}
