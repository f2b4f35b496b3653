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
 * included), written with the figures so that any instance can answer a drill-down into the entities behind a
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

    /**
     * What a series document is made of, taken under the aggregator's lock (the entries are immutable, the series
     * is not); the document itself is built by the store writer, off the consumer threads.
     */
    public record Snapshot(String group, String entityId, String indicator, String regionId, List<Period> periods,
            List<LedgerEntry> entries) {

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
                LedgerEntry e = entries.get(i);
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("p", periods.get(i).toString());
                m.put("o", e.position());
                m.put("s", e.submissionId());
                m.put("r", e.regionId());
                m.put("b", e.basis() == null ? null : e.basis().name());
                m.put("v", Documents.text(e.value()));
                m.put("y", Documents.text(e.priorYearValue()));
                m.put("a", e.acceptedAt() == null ? null : e.acceptedAt().toString());
                m.put("l", e.late());
                list.add(m);
            }
            return new Document("_id", id()).append("group", group).append("entityId", entityId)
                    .append("indicator", indicator).append("regionId", regionId)
                    .append(ENTRIES, new String(PacerJson.write(list), StandardCharsets.UTF_8));
        }
    }

    /** The series a stored document holds, rebuilt by applying its entries as the ledger did. */
    public static EntitySeries series(Document d) {
        EntitySeries series = new EntitySeries(d.getString("entityId"), d.getString("indicator"));
        String json = d.getString(ENTRIES);
        for (Document e : Document.parse("{\"e\": " + json + "}").getList("e", Document.class)) {
            String basis = e.getString("b");
            String acceptedAt = e.getString("a");
            series.apply(Period.parse(e.getString("p")), new LedgerEntry(((Number) e.get("o")).longValue(),
                    e.getString("s"), e.getString("r"), basis == null ? null : Basis.valueOf(basis),
                    Documents.decimal(e.getString("v")), Documents.decimal(e.getString("y")),
                    acceptedAt == null ? null : Instant.parse(acceptedAt), Boolean.TRUE.equals(e.getBoolean("l"))));
        }
        return series;
    }
}
