package io.pacer.alert.notify;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.pacer.alert.text.Wording;
import io.pacer.events.AlertEvent;

/**
 * Sends each daily subscription its collected transitions as one message at 08:30 Asia/Shanghai, through the
 * delivery log like any notification (delivery id {@code <subscription>:digest:<date>}, so one digest a day at most).
 * A subscription with nothing collected gets nothing.
 */
@Component
class DigestSender {

    static final String CRON = "0 30 8 * * *";
    static final String ZONE = "Asia/Shanghai";
    private static final Logger log = LoggerFactory.getLogger(DigestSender.class);

    private final SubscriptionStore subscriptions;
    private final DigestStore digests;
    private final DeliveryStore deliveries;
    private final Wording wording;
    private final Clock clock;

    DigestSender(SubscriptionStore subscriptions, DigestStore digests, DeliveryStore deliveries, Wording wording,
            Clock clock) {
        this.subscriptions = subscriptions;
        this.digests = digests;
        this.deliveries = deliveries;
        this.wording = wording;
        this.clock = clock;
    }

    @Scheduled(cron = CRON, zone = ZONE)
    void sendDigests() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of(ZONE));
        for (Subscription subscription : subscriptions.all()) {
            if (subscription.digest() != Digest.DAILY) {
                continue;
            }
            List<DigestStore.Entry> waiting = digests.waiting(subscription.id());
            if (waiting.isEmpty()) {
                continue;
            }
            List<AlertEvent> events = waiting.stream().map(DigestStore.Entry::event)
                    .sorted(Comparator.comparing(AlertEvent::changedAt, Comparator.nullsFirst(Comparator.naturalOrder())))
                    .toList();
            String body = new String(Payloads.body(subscription.channel(), events,
                    new Texts(wording, subscription.lang()), today), StandardCharsets.UTF_8);
            if (!deliveries.enqueue(subscription.id() + ":digest:" + today, subscription.id(), body,
                    clock.instant())) {
                continue; // another instance queued today's digest; what it did not take waits for tomorrow's
            }
            digests.remove(waiting.stream().map(DigestStore.Entry::id).toList());
            log.info("digest of {} transition(s) queued for subscription {}", events.size(), subscription.id());
        }
    }
}
