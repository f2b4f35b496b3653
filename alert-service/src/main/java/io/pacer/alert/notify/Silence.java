package io.pacer.alert.notify;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.pacer.events.AlertEvent;

/**
 * Keeps notifications of matching transitions from being sent until {@code until}; alerts still change state.
 * Every matcher must equal the transition's label of that name (Alertmanager's equality matchers).
 */
public record Silence(String id, List<Matcher> matchers, Instant until, String reason, String createdBy,
        Instant createdAt) {

    /** The labels a matcher may name, as in the webhook payload. */
    public static final Set<String> LABELS = Set.of("rule", "regionId", "indicator", "year", "severity", "entityId",
            "projectId");

    public record Matcher(String name, String value) {
    }

    public Silence {
        matchers = List.copyOf(matchers);
    }

    public boolean activeAt(Instant now) {
        return until.isAfter(now);
    }

    public boolean silences(AlertEvent event) {
        Map<String, String> labels = new HashMap<>();
        labels.put("rule", event.rule().name());
        labels.put("regionId", event.regionId());
        labels.put("indicator", event.indicator());
        labels.put("year", Integer.toString(event.year()));
        labels.put("severity", event.severity().name());
        labels.put("entityId", event.entityId());
        labels.put("projectId", event.projectId());
        return matchers.stream().allMatch(m -> Objects.equals(labels.get(m.name()), m.value()));
    }
}
