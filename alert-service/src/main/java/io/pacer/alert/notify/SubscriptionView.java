package io.pacer.alert.notify;

import java.time.Instant;
import java.util.List;

import io.pacer.alert.text.Lang;
import io.pacer.events.AlertRule;
import io.pacer.events.Severity;

/** A subscription as the API shows it: the secret itself is never shown again. */
record SubscriptionView(String id, List<String> regionIds, List<String> indicators, List<AlertRule> rules,
        Severity minSeverity, Channel channel, String address, boolean hasSecret, Instant createdAt, Lang lang,
        Digest digest) {

    static SubscriptionView of(Subscription s) {
        return new SubscriptionView(s.id(), s.regionIds(), s.indicators(), s.rules(), s.minSeverity(), s.channel(),
                s.address(), s.secret() != null && !s.secret().isEmpty(), s.createdAt(), s.lang(), s.digest());
    }
}
