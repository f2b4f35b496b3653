package io.pacer.alert.lifecycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bson.Document;

import io.pacer.alert.Decimals;
import io.pacer.alert.rule.AlertValues;
import io.pacer.events.AlertRule;
import io.pacer.events.AlertState;
import io.pacer.events.Period;
import io.pacer.events.Severity;
import io.pacer.events.TransitionKind;

/** {@link Alert} ↔ BSON. Field names are those of the REST contract, so the collection reads like the API. */
final class AlertDocuments {

    private AlertDocuments() {
    }

    static Document toDocument(Alert alert) {
        Fingerprint fp = alert.fingerprint();
        AlertValues v = alert.values();
        List<Document> history = new ArrayList<>();
        alert.history().forEach(h -> history.add(toDocument(h)));
        return new Document("_id", alert.id())
                .append("rule", fp.rule().name()).append("regionId", fp.regionId())
                .append("indicator", fp.indicator()).append("year", fp.year()).append("entityId", fp.entityId())
                .append("projectId", fp.projectId())
                .append("state", alert.state().name()).append("severity", alert.severity().name())
                .append("period", text(alert.period()))
                .append("progressPct", Decimals.toBson(v.progressPct()))
                .append("expectedPct", Decimals.toBson(v.expectedPct()))
                .append("growthPct", Decimals.toBson(v.growthPct()))
                .append("growthTargetPct", Decimals.toBson(v.growthTargetPct()))
                .append("rank", v.rank()).append("rankChange", v.rankChange())
                .append("ytd", Decimals.toBson(v.ytd())).append("rankedCount", v.rankedCount())
                .append("missing", v.missing().isEmpty() ? null : v.missing().stream().map(Period::toString).toList())
                .append("projectName", v.projectName()).append("daysSinceSigned", v.daysSinceSigned())
                .append("message", alert.message())
                .append("firedAt", date(alert.firedAt())).append("changedAt", date(alert.changedAt()))
                .append("resolvedAt", date(alert.resolvedAt()))
                .append("ack", alert.ack() == null ? null : toDocument(alert.ack()))
                .append("sequence", alert.sequence())
                .append("history", history);
    }

    static Alert toAlert(Document doc) {
        Fingerprint fp = new Fingerprint(AlertRule.valueOf(doc.getString("rule")), doc.getString("regionId"),
                doc.getString("indicator"), doc.getInteger("year"), doc.getString("entityId"),
                doc.getString("projectId"));
        AlertValues values = new AlertValues(Decimals.fromBson(doc.get("progressPct")),
                Decimals.fromBson(doc.get("expectedPct")), Decimals.fromBson(doc.get("growthPct")),
                Decimals.fromBson(doc.get("growthTargetPct")), doc.getInteger("rank"), doc.getInteger("rankChange"),
                Decimals.fromBson(doc.get("ytd")), doc.getInteger("rankedCount"),
                doc.getList("missing", String.class, List.of()).stream().map(Period::parse).toList(),
                doc.getString("projectName"), doc.getInteger("daysSinceSigned"));
        List<HistoryEntry> history = new ArrayList<>();
        doc.getList("history", Document.class, List.of()).forEach(h -> history.add(toHistory(h)));
        return new Alert(doc.getString("_id"), fp, AlertState.valueOf(doc.getString("state")),
                Severity.valueOf(doc.getString("severity")), period(doc.getString("period")), values,
                doc.getString("message"), instant(doc.getDate("firedAt")), instant(doc.getDate("changedAt")),
                instant(doc.getDate("resolvedAt")), toAck(doc.get("ack", Document.class)), toLong(doc.get("sequence")),
                history);
    }

    private static Document toDocument(HistoryEntry h) {
        return new Document("at", date(h.at()))
                .append("transition", h.transition() == null ? null : h.transition().name())
                .append("sequence", h.sequence())
                .append("severity", h.severity() == null ? null : h.severity().name())
                .append("period", text(h.period())).append("message", h.message())
                .append("ack", h.ack() == null ? null : toDocument(h.ack()));
    }

    private static HistoryEntry toHistory(Document d) {
        String transition = d.getString("transition");
        String severity = d.getString("severity");
        return new HistoryEntry(instant(d.getDate("at")), transition == null ? null : TransitionKind.valueOf(transition),
                toLong(d.get("sequence")), severity == null ? null : Severity.valueOf(severity),
                period(d.getString("period")), d.getString("message"), toAck(d.get("ack", Document.class)));
    }

    private static Document toDocument(Acknowledgement ack) {
        return new Document("by", ack.by()).append("note", ack.note()).append("actionPlan", ack.actionPlan())
                .append("dueDate", ack.dueDate() == null ? null : ack.dueDate().toString())
                .append("at", date(ack.at())).append("escalatedAt", date(ack.escalatedAt()));
    }

    private static Acknowledgement toAck(Document d) {
        if (d == null) {
            return null;
        }
        String due = d.getString("dueDate");
        return new Acknowledgement(d.getString("by"), d.getString("note"), d.getString("actionPlan"),
                due == null ? null : LocalDate.parse(due), instant(d.getDate("at")), instant(d.getDate("escalatedAt")));
    }

    private static long toLong(Object number) {
        return number == null ? 0 : ((Number) number).longValue();
    }

    private static String text(Period period) {
        return period == null ? null : period.toString();
    }

    private static Period period(String text) {
        return text == null ? null : Period.parse(text);
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
