package io.pacer.alert.notify;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import io.pacer.alert.lifecycle.TransitionListener;
import io.pacer.alert.reference.ReferenceData;
import io.pacer.alert.text.Wording;
import io.pacer.events.AlertEvent;

/**
 * Turns one evaluation's transitions into one queued delivery per subscription they reach, written in the
 * subscription's language; a daily subscription's transitions are collected for its digest instead. The delivery id
 * is derived from the subscription and the transitions, so handing the same transitions over again queues nothing.
 */
@Component
class Notifier implements TransitionListener {

    private final SubscriptionStore subscriptions;
    private final DeliveryStore deliveries;
    private final SilenceStore silences;
    private final ReferenceData reference;
    private final Clock clock;
    private final Wording wording;
    private final DigestStore digests;

    Notifier(SubscriptionStore subscriptions, DeliveryStore deliveries, SilenceStore silences,
            ReferenceData reference, Clock clock, Wording wording, DigestStore digests) {
        this.wording = wording;
        this.digests = digests;
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.silences = silences;
        this.reference = reference;
        this.clock = clock;
    }

    @Override
    public void onTransitions(List<AlertEvent> all) {
        List<Silence> active = silences.activeAt(clock.instant());
        List<AlertEvent> transitions = all.stream().filter(e -> active.stream().noneMatch(s -> s.silences(e)))
                .toList();
        if (transitions.isEmpty()) {
            return;
        }
        for (Subscription subscription : subscriptions.all()) {
            var scope = reference.subtrees(new HashSet<>(subscription.regionIds()));
            List<AlertEvent> matched = transitions.stream()
                    .filter(e -> subscription.matches(e, scope, reference.parentOf(e.regionId()))).toList();
            if (!matched.isEmpty() && subscription.digest() == Digest.DAILY) {
                digests.collect(subscription.id(), matched, clock.instant());
            } else if (!matched.isEmpty()) {
                String body = new String(Payloads.body(subscription.channel(), matched,
                        new Texts(wording, subscription.lang())), StandardCharsets.UTF_8);
                deliveries.enqueue(subscription.id() + ":" + digest(matched), subscription.id(), body,
                        clock.instant());
            }
        }
    }

    private static String digest(List<AlertEvent> events) {
        String ids = events.stream().map(e -> e.alertId() + "#" + e.sequence()).sorted()
                .collect(Collectors.joining(","));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(ids.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
