package io.pacer.alert.notify;

import java.util.List;

import io.pacer.events.AlertRule;
import io.pacer.events.Severity;

/** The body of {@code POST /api/v1/subscriptions}. */
record SubscriptionBody(List<String> regionIds, List<String> indicators, List<AlertRule> rules, Severity minSeverity,
        Channel channel, String address, String secret) {
}
