package io.pacer.aggregate.store;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.pacer.aggregate.figure.EntitySeries;
import io.pacer.aggregate.figure.LedgerEntry;
import io.pacer.events.Basis;
import io.pacer.events.PacerJson;
import io.pacer.events.Period;
import org.bson.Document;

/**
 * The stored form of an entity's series (every entry of one entity and indicator in one ledger group, revisions
 * included, as one document; plus the entries appended since it was last written whole), written with the figures so that any instance can answer a drill-down into the entities behind a
 * figure, whichever instance owns the ledger partition. The entries are kept as one JSON text, like a ranking's
 * figures: the wire server's H2 backend spends per field. Decimals are their exact strings.
 */
public final class SeriesDocuments {

    private static final String ENTRIES = "entriesJson";

    private SeriesDocuments() {
    }

    /** The checkpoint of the series a ledger partition feeds (see FigureStore's checkpoints). */
    public static String checkpointKey(String partitionKey) {
        return "series|" + partitionKey;
    }

    /** Whether a checkpoint is one of the series' (written after them, not with the rankings). */
    public static boolean isSeriesCheckpoint(String key) {
        return key.startsWith("series|");
    }

    public static String id(String group, String entityId, String indicator) {
        return group + "|" + entityId + "|" + indicator;
    }

    /** What a flush stores of a series that took entries: the whole of it, or the entries it took. */
    public sealed interface Change permits Snapshot, Appended {

        String id();
    }

    /**
     * What a series document is made of, taken under the aggregator's lock (the entries are immutable, the series
     * is not); the document itself is built by the store writer, off the consumer threads.
     */
    public record Snapshot(String group, String entityId, String indicator, String regionId, List<Period> periods,
            List<LedgerEntry> entries) implements Change {

        public static Snapshot of(String group, EntitySeries series) {
            List<Period> periods = new ArrayList<>();
            List<LedgerEntry> entries = new ArrayList<>();
            for (int year : series.years()) {
                for (int month = 1; month <= 12; month++) {
                    Period period = new Period(year, month);
                    for (LedgerEntry e : series.revisions(period)) {
                        periods.add(period);
                        entries.add(e);
                    }
                }
            }
            return new Snapshot(group, series.entityId(), series.indicator(), series.regionId(), periods, entries);
        }

        public String id() {
            return SeriesDocuments.id(group, entityId, indicator);
        }

        Document toDocument() {
            List<Map<String, Object>> list = new ArrayList<>(entries.size());
            for (int i = 0; i < entries.size(); i++) {
                list.add(fields(periods.get(i), entries.get(i)));
            }
            return new Document("_id", id()).append("group", group).append("entityId", entityId)
                    .append("indicator", indicator).append("regionId", regionId)
                    .append(ENTRIES, new String(PacerJson.write(list), StandardCharsets.UTF_8));
        }
    }

    /**
     * Entries a series took since it was last stored whole, each stored as a small document of its own
     * ({@link #ENTRY_COLLECTION}) rather than rewriting the whole series: what a live flush stores of a series that
     * took a record or two. A drill-down merges them into the whole ({@link #merged}).
     */
    public record Appended(String group, String entityId, String indicator, List<Period> periods,
            List<LedgerEntry> entries) implements Change {

        public String id() {
            return SeriesDocuments.id(group, entityId, indicator);
        }

        /** These entries and those appended after them. */
        Appended plus(Appended later) {
            List<Period> p = new ArrayList<>(periods);
            p.addAll(later.periods);
            List<LedgerEntry> e = new ArrayList<>(entries);
            e.addAll(later.entries);
            return new Appended(group, entityId, indicator, p, e);
        }

        /** One document per entry, by series id and ledger position (so writing one again changes nothing). */
        List<Document> toDocuments() {
            List<Document> docs = new ArrayList<>(entries.size());
            for (int i = 0; i < entries.size(); i++) {
                LedgerEntry e = entries.get(i);
                Document d = new Document("_id", id() + "|" + e.position()).append(SERIES_ID, id())
                        .append("group", group).append("entityId", entityId).append("indicator", indicator);
                d.putAll(fields(periods.get(i), e));
                docs.add(d);
            }
            return docs;
        }
    }

    /** Where the appended entries are stored, one document each, with the id of their series. */
    static final String ENTRY_COLLECTION = "entity_series_entries";
    static final String SERIES_ID = "sid";

    private static Map<String, Object> fields(Period period, LedgerEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("p", period.toString());
        m.put("o", e.position());
        m.put("s", e.submissionId());
        m.put("r", e.regionId());
        m.put("b", e.basis() == null ? null : e.basis().name());
        m.put("v", Documents.text(e.value()));
        m.put("y", Documents.text(e.priorYearValue()));
        m.put("a", e.acceptedAt() == null ? null : e.acceptedAt().toString());
        m.put("l", e.late());
        return m;
    }

    /** The series a stored document holds, rebuilt by applying its entries as the ledger did. */
    public static EntitySeries series(Document d) {
        EntitySeries series = new EntitySeries(d.getString("entityId"), d.getString("indicator"));
        String json = d.getString(ENTRIES);
        for (Document e : Document.parse("{\"e\": " + json + "}").getList("e", Document.class)) {
            apply(series, e);
        }
        return series;
    }

    /**
     * A series as stored: its whole document ({@code whole}, null when it has none yet) with the entries appended
     * since, as one whole document. Applying an entry the whole holds already changes nothing.
     */
    static Document merged(Document whole, List<Document> appended) {
        Document first = whole != null ? whole : appended.get(0);
        EntitySeries series = whole != null ? series(whole)
                : new EntitySeries(first.getString("entityId"), first.getString("indicator"));
        appended.forEach(e -> apply(series, e));
        return Snapshot.of(first.getString("group"), series).toDocument();
    }

    private static void apply(EntitySeries series, Document e) {
        String basis = e.getString("b");
        String acceptedAt = e.getString("a");
        series.apply(Period.parse(e.getString("p")), new LedgerEntry(((Number) e.get("o")).longValue(),
                e.getString("s"), e.getString("r"), basis == null ? null : Basis.valueOf(basis),
                Documents.decimal(e.getString("v")), Documents.decimal(e.getString("y")),
                acceptedAt == null ? null : Instant.parse(acceptedAt), Boolean.TRUE.equals(e.getBoolean("l"))));
    }
}
