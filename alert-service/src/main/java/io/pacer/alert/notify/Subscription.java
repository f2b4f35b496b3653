package io.pacer.alert.notify;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.pacer.events.AlertEvent;
import io.pacer.events.AlertRule;
import io.pacer.events.Severity;

/**
 * Who hears which transitions, and where. {@code regionIds} cover the regions' subtrees (resolved by the caller into
 * {@code scope}); empty {@code indicators} or {@code rules} mean all. {@code owner} is the creating token's hash.
 */
public record Subscription(String id, String owner, List<String> regionIds, List<String> indicators,
        List<AlertRule> rules, Severity minSeverity, Channel channel, String address, String secret,
        Instant createdAt) {

    public Subscription {
        regionIds = List.copyOf(regionIds);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        rules = rules == null ? List.of() : List.copyOf(rules);
        minSeverity = minSeverity == null ? Severity.YELLOW : minSeverity;
    }

    /**
     * Whether a transition reaches this subscription, given the regions its {@code regionIds} cover. A RESOLVED
     * carries the last severity, so it reaches where the firing went; a severity change reaches a subscriber that
     * heard (or now hears) of the alert.
     */
    public boolean matches(AlertEvent event, Set<String> scope) {
        if (!scope.contains(event.regionId())) {
            return false;
        }
        if (!indicators.isEmpty() && !indicators.contains(event.indicator())) {
            return false;
        }
        if (!rules.isEmpty() && !rules.contains(event.rule())) {
            return false;
        }
        return reaches(event.severity()) || reaches(event.previousSeverity());
    }

    private boolean reaches(Severity severity) {
        return severity != null && severity.atLeast(minSeverity);
    }
}
