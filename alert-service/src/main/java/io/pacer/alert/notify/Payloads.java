package io.pacer.alert.notify;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.pacer.events.AlertEvent;
import io.pacer.events.AlertState;
import io.pacer.events.PacerJson;

/**
 * The bodies a subscription receives for one evaluation's transitions (or one day's, in a digest): the generic
 * webhook modelled on Alertmanager's (label values are strings, a firing alert's endsAt is the zero time; an
 * escalation is a firing alert whose {@code transition} is ESCALATED), the markdown messages of DingTalk and WeCom
 * group robots, and an e-mail ({@link Letters}). Annotations, markdown and mail are written in the subscription's
 * language, naming regions and indicators.
 */
public final class Payloads {

    static final String ZERO_TIME = "0001-01-01T00:00:00Z";

    private Payloads() {
    }

    static byte[] body(Channel channel, List<AlertEvent> events, Texts texts) {
        return body(channel, events, texts, null);
    }

    /** {@code digestOf}: the day a daily digest covers; null for an evaluation's own notification. */
    static byte[] body(Channel channel, List<AlertEvent> events, Texts texts, LocalDate digestOf) {
        return switch (channel) {
            case WEBHOOK -> PacerJson.write(webhook(events, texts));
            case EMAIL -> PacerJson.write(Letters.letter(events, texts, digestOf));
            case DINGTALK -> PacerJson.write(Map.of("msgtype", "markdown",
                    "markdown", Map.of("title", Letters.title(texts, digestOf), "text",
                            markdown(events, texts, digestOf))));
            case WECOM -> PacerJson.write(Map.of("msgtype", "markdown", "markdown",
                    Map.of("content", markdown(events, texts, digestOf))));
        };
    }

    static Map<String, Object> webhook(List<AlertEvent> events, Texts texts) {
        boolean allResolved = events.stream().allMatch(e -> e.state() == AlertState.RESOLVED);
        List<Map<String, Object>> alerts = new ArrayList<>();
        events.forEach(e -> alerts.add(alert(e, texts)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", "1");
        body.put("status", allResolved ? "resolved" : "firing");
        body.put("alerts", alerts);
        return body;
    }

    private static Map<String, Object> alert(AlertEvent e, Texts texts) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("rule", e.rule().name());
        labels.put("regionId", e.regionId());
        labels.put("indicator", e.indicator());
        labels.put("year", Integer.toString(e.year()));
        labels.put("severity", e.severity().name());
        if (e.entityId() != null) {
            labels.put("entityId", e.entityId());
        }
        if (e.projectId() != null) {
            labels.put("projectId", e.projectId());
        }
        Map<String, Object> values = new LinkedHashMap<>();
        putIfSet(values, "progressPct", e.progressPct());
        putIfSet(values, "expectedPct", e.expectedPct());
        putIfSet(values, "growthPct", e.growthPct());
        putIfSet(values, "growthTargetPct", e.growthTargetPct());
        putIfSet(values, "rank", e.rank());
        putIfSet(values, "rankChange", e.rankChange());
        putIfSet(values, "ytd", e.ytd());
        putIfSet(values, "daysSinceSigned", e.daysSinceSigned());
        boolean resolved = e.state() == AlertState.RESOLVED;
        Map<String, Object> alert = new LinkedHashMap<>();
        alert.put("status", resolved ? "resolved" : "firing");
        alert.put("labels", labels);
        alert.put("annotations", Map.of("summary", texts.summary(e), "message", texts.message(e)));
        alert.put("startsAt", e.firedAt() == null ? null : e.firedAt().toString());
        alert.put("endsAt", resolved && e.changedAt() != null ? e.changedAt().toString() : ZERO_TIME);
        alert.put("fingerprint", e.alertId());
        alert.put("transition", e.transition().name());
        alert.put("sequence", e.sequence());
        alert.put("period", e.period());
        if (e.dueDate() != null) {
            alert.put("dueDate", e.dueDate());
        }
        alert.put("values", values);
        return alert;
    }

    private static void putIfSet(Map<String, Object> values, String key, Object value) {
        if (value != null) {
            values.put(key, value);
        }
    }

    static String markdown(List<AlertEvent> events, Texts texts, LocalDate digestOf) {
        StringBuilder text = new StringBuilder("### ").append(Letters.title(texts, digestOf)).append('\n');
        for (AlertEvent e : events) {
            text.append("- **").append(texts.summary(e)).append("**  \n").append(texts.message(e)).append('\n');
        }
        return text.toString();
    }
}
