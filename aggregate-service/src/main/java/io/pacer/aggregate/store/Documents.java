package io.pacer.aggregate.store;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.pacer.aggregate.figure.RegionFigure;
import io.pacer.events.PacerJson;
import io.pacer.events.Period;
import io.pacer.events.Ranks;
import io.pacer.events.RegionTotals;
import org.bson.Document;

/**
 * The MongoDB form of the aggregate's state. Decimals are stored as their exact strings (the wire server has no
 * reliable Decimal128 arithmetic, and nothing is computed in the database). A figure or totals month stored
 * before the late count reads {@code late} 0.
 */
public final class Documents {

    private static final String FIGURES = "figures";
    private static final String FIGURES_JSON = "figuresJson";

    private Documents() {
    }

    public static String rankingId(String group, String indicator, String period) {
        return group + "|" + indicator + "|" + period;
    }

    /**
     * What a ranking document is made of, taken under a partition's lock; the document itself is built by the
     * store writer, off the consumer threads.
     */
    public record Ranking(String group, String indicator, String period, List<RegionFigure> figures) {

        String id() {
            return rankingId(group, indicator, period);
        }

        Document toDocument() {
            return ranking(group, indicator, period, figures);
        }
    }

    /**
     * The stored ranking of a group: all its figures of one indicator and period. The figures are kept as one JSON
     * text ({@code figuresJson}) rather than an array of documents: the embedded wire server's H2 backend spends
     * per field, and a catch-up rewrites every ranking several times.
     */
    static Document ranking(String group, String indicator, String period, List<RegionFigure> figures) {
        // Jackson writes the figure documents, plain maps, as text: less work per value than BSON's JSON writer
        String json = new String(PacerJson.write(figures.stream().map(Documents::figure).toList()),
                StandardCharsets.UTF_8);
        return new Document("_id", rankingId(group, indicator, period)).append("group", group)
                .append("indicator", indicator).append("period", period).append(FIGURES_JSON, json);
    }

    /** A stored ranking's figures, as documents; rankings stored before the JSON form keep them as an array. */
    public static List<Document> figuresOf(Document ranking) {
        String json = ranking.getString(FIGURES_JSON);
        return json == null ? ranking.getList(FIGURES, Document.class, List.of())
                : Document.parse("{\"" + FIGURES + "\": " + json + "}").getList(FIGURES, Document.class);
    }

    public static Document totals(String partition, RegionTotals t, long position) {
        List<Document> months = new ArrayList<>();
        for (RegionTotals.Month m : t.months()) {
            months.add(new Document("ytdSum", text(m.ytdSum())).append("ytdCount", m.ytdCount())
                    .append("comparableYtd", text(m.comparableYtd()))
                    .append("comparablePrior", text(m.comparablePrior()))
                    .append("comparableCount", m.comparableCount()).append("reported", m.reported())
                    .append("expected", m.expected()).append("late", m.late()));
        }
        return new Document("_id", t.regionId() + "|" + t.indicator() + "|" + t.year()).append("partition", partition)
                .append("parentId", t.parentId()).append("regionId", t.regionId())
                .append("indicator", t.indicator()).append("year", t.year()).append("position", position)
                .append("months", months);
    }

    public static RegionTotals totals(Document d) {
        List<RegionTotals.Month> months = new ArrayList<>();
        for (Document m : d.getList("months", Document.class)) {
            months.add(new RegionTotals.Month(decimal(m.getString("ytdSum")), m.getInteger("ytdCount"),
                    decimal(m.getString("comparableYtd")), decimal(m.getString("comparablePrior")),
                    m.getInteger("comparableCount"), m.getInteger("reported"), m.getInteger("expected"),
                    m.getInteger("late", 0)));
        }
        return new RegionTotals(d.getString("regionId"), d.getString("parentId"), d.getString("indicator"),
                d.getInteger("year"), months);
    }

    public static Document figure(RegionFigure f) {
        return new Document("regionId", f.regionId()).append("parentId", f.parentId())
                .append("indicator", f.indicator()).append("period", f.period().toString())
                .append("ytd", text(f.ytd())).append("priorYtd", text(f.priorYtd()))
                .append("growthPct", f.growthPct()).append("sharePct", f.sharePct())
                .append("reported", f.reported()).append("expected", f.expected()).append("late", f.late())
                .append("rank", ranks(f.rank())).append("rankChange", ranks(f.rankChange()))
                .append("ranked", ranks(f.ranked())).append("lastRank", ranks(f.lastRank()));
    }

    public static RegionFigure figure(Document d) {
        return new RegionFigure(d.getString("regionId"), d.getString("parentId"), d.getString("indicator"),
                Period.parse(d.getString("period")), decimal(d.getString("ytd")), decimal(d.getString("priorYtd")),
                d.getDouble("growthPct"), d.getDouble("sharePct"), d.getInteger("reported"),
                d.getInteger("expected"), d.getInteger("late", 0), ranks(d.get("rank", Document.class)),
                ranks(d.get("rankChange", Document.class)), ranks(d.get("ranked", Document.class)),
                ranks(d.get("lastRank", Document.class)));
    }

    private static Document ranks(Ranks r) {
        return new Document("value", r.value()).append("growth", r.growth()).append("share", r.share());
    }

    private static Ranks ranks(Document d) {
        return d == null ? Ranks.NONE
                : new Ranks(d.getInteger("value"), d.getInteger("growth"), d.getInteger("share"));
    }

    static String text(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
    }
}
