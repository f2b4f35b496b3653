package io.pacer.alert.notify;

import java.util.List;

import io.pacer.events.AlertRule;
import io.pacer.events.Severity;

/**
 * The body of {@code POST /api/v1/subscriptions}. {@code lang} and {@code digest} are read as text so that a wrong
 * value is a 422 naming the field.
 */
record SubscriptionBody(List<String> regionIds, List<String> indicators, List<AlertRule> rules, Severity minSeverity,
        Channel channel, String address, String secret, String lang, String digest) {
}
