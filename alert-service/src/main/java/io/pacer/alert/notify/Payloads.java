package io.pacer.alert.notify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.pacer.events.AlertEvent;
import io.pacer.events.AlertState;
import io.pacer.events.PacerJson;
import io.pacer.events.Severity;

/**
 * The bodies a subscription receives for one evaluation's transitions: the generic webhook modelled on
 * Alertmanager's (label values are strings, a firing alert's endsAt is the zero time), and the markdown messages of
 * DingTalk and WeCom group robots.
 */
public final class Payloads {

    static final String ZERO_TIME = "0001-01-01T00:00:00Z";

    private Payloads() {
    }

    public static byte[] body(Channel channel, List<AlertEvent> events) {
        return switch (channel) {
            case WEBHOOK, EMAIL -> PacerJson.write(webhook(events));
            case DINGTALK -> PacerJson.write(Map.of("msgtype", "markdown",
                    "markdown", Map.of("title", "Pacer 预警", "text", markdown(events))));
            case WECOM -> PacerJson.write(Map.of("msgtype", "markdown", "markdown", Map.of("content", markdown(events))));
        };
    }

    static Map<String, Object> webhook(List<AlertEvent> events) {
        boolean allResolved = events.stream().allMatch(e -> e.state() == AlertState.RESOLVED);
        List<Map<String, Object>> alerts = new ArrayList<>();
        events.forEach(e -> alerts.add(alert(e)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", "1");
        body.put("status", allResolved ? "resolved" : "firing");
        body.put("alerts", alerts);
        return body;
    }

    private static Map<String, Object> alert(AlertEvent e) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("rule", e.rule().name());
        labels.put("regionId", e.regionId());
        labels.put("indicator", e.indicator());
        labels.put("year", Integer.toString(e.year()));
        labels.put("severity", e.severity().name());
        if (e.entityId() != null) {
            labels.put("entityId", e.entityId());
        }
        Map<String, Object> values = new LinkedHashMap<>();
        putIfSet(values, "progressPct", e.progressPct());
        putIfSet(values, "expectedPct", e.expectedPct());
        putIfSet(values, "growthPct", e.growthPct());
        putIfSet(values, "growthTargetPct", e.growthTargetPct());
        putIfSet(values, "rank", e.rank());
        putIfSet(values, "rankChange", e.rankChange());
        boolean resolved = e.state() == AlertState.RESOLVED;
        Map<String, Object> alert = new LinkedHashMap<>();
        alert.put("status", resolved ? "resolved" : "firing");
        alert.put("labels", labels);
        alert.put("annotations", Map.of("summary", summary(e), "message", e.message() == null ? "" : e.message()));
        alert.put("startsAt", e.firedAt() == null ? null : e.firedAt().toString());
        alert.put("endsAt", resolved && e.changedAt() != null ? e.changedAt().toString() : ZERO_TIME);
        alert.put("fingerprint", e.alertId());
        alert.put("transition", e.transition().name());
        alert.put("sequence", e.sequence());
        alert.put("period", e.period());
        alert.put("values", values);
        return alert;
    }

    private static void putIfSet(Map<String, Object> values, String key, Object value) {
        if (value != null) {
            values.put(key, value);
        }
    }

    static String summary(AlertEvent e) {
        return e.rule() + " " + e.severity() + " " + e.regionId() + " " + e.indicator() + " " + e.year()
                + (e.state() == AlertState.RESOLVED ? " resolved" : "");
    }

    static String markdown(List<AlertEvent> events) {
        StringBuilder text = new StringBuilder("### Pacer 预警\n");
        for (AlertEvent e : events) {
            String light = e.state() == AlertState.RESOLVED ? "已解除" : e.severity() == Severity.RED ? "红灯" : "黄灯";
            text.append("- **").append(light).append("** ").append(e.rule()).append(" · ").append(e.regionId())
                    .append(" · ").append(e.indicator()).append(" · ").append(e.period()).append(": ")
                    .append(e.message() == null ? "" : e.message()).append('\n');
        }
        return text.toString();
    }
}
