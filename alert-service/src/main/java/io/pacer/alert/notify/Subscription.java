package io.pacer.alert.notify;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import io.pacer.alert.text.Lang;
import io.pacer.events.AlertEvent;
import io.pacer.events.AlertRule;
import io.pacer.events.Severity;
import io.pacer.events.TransitionKind;

/**
 * Who hears which transitions, and where. {@code regionIds} cover the regions' subtrees (resolved by the caller into
 * {@code scope}); empty {@code indicators} or {@code rules} mean all. {@code owner} is the creating token's hash.
 * For e-mail, {@code address} is a comma-separated list of recipients. Texts are written in {@code lang}; a
 * {@code daily} digest collects the transitions and sends them once a day.
 */
public record Subscription(String id, String owner, List<String> regionIds, List<String> indicators,
        List<AlertRule> rules, Severity minSeverity, Channel channel, String address, String secret,
        Instant createdAt, Lang lang, Digest digest) {

    public Subscription(String id, String owner, List<String> regionIds, List<String> indicators,
            List<AlertRule> rules, Severity minSeverity, Channel channel, String address, String secret,
            Instant createdAt) {
        this(id, owner, regionIds, indicators, rules, minSeverity, channel, address, secret, createdAt, Lang.ZH,
                Digest.NONE);
    }

    public Subscription {
        regionIds = List.copyOf(regionIds);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        rules = rules == null ? List.of() : List.copyOf(rules);
        minSeverity = minSeverity == null ? Severity.YELLOW : minSeverity;
        lang = lang == null ? Lang.ZH : lang;
        digest = digest == null ? Digest.NONE : digest;
    }

    /** An e-mail subscription's recipients. */
    public List<String> recipients() {
        return Arrays.stream(address.split(",")).map(String::trim).filter(a -> !a.isEmpty()).toList();
    }

    /**
     * Whether a transition reaches this subscription, given the regions its {@code regionIds} cover. A RESOLVED
     * carries the last severity, so it reaches where the firing went; a severity change reaches a subscriber that
     * heard (or now hears) of the alert. An escalation reaches the subscribers of the region's parent ({@code
     * parentId}; the region itself when it has none).
     */
    public boolean matches(AlertEvent event, Set<String> scope) {
        return matches(event, scope, null);
    }

    /** As {@link #matches(AlertEvent, Set)}, knowing the parent of the event's region. */
    public boolean matches(AlertEvent event, Set<String> scope, String parentId) {
        String region = event.transition() == TransitionKind.ESCALATED && parentId != null ? parentId
                : event.regionId();
        if (!scope.contains(region)) {
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
