package io.pacer.alert.notify;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;

import jakarta.mail.MessagingException;

import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.pacer.alert.AlertProperties;

/**
 * Sends queued deliveries on the scheduler's thread, never the Kafka consumer's: a 2xx delivers (for DingTalk and
 * WeCom robots, a 2xx whose errcode is 0; for e-mail, the SMTP server taking the message), anything else (status, robot errcode, timeout, refused connection, an
 * address the {@link AddressGuard} refuses) is retried with exponential backoff until the attempts run out. Every
 * attempt is logged on the delivery; {@code pacer_notifications_total{outcome}} counts them.
 */
@Component
class DeliveryWorker {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);
    private static final int MAX_PER_RUN = 100;

    private final DeliveryStore deliveries;
    private final SubscriptionStore subscriptions;
    private final Clock clock;
    private final MeterRegistry meters;
    private final AlertProperties.Delivery settings;
    private final Backoff backoff;
    private final WebhookClient http;
    private final MailClient mail;

    DeliveryWorker(DeliveryStore deliveries, SubscriptionStore subscriptions, WebhookClient http, MailClient mail,
            Clock clock, MeterRegistry meters, AlertProperties properties) {
        this.mail = mail;
        this.deliveries = deliveries;
        this.subscriptions = subscriptions;
        this.http = http;
        this.clock = clock;
        this.meters = meters;
        this.settings = properties.delivery();
        this.backoff = new Backoff(settings.backoffInitial(), settings.backoffMax());
    }

    @Scheduled(fixedDelayString = "${pacer.alert.delivery.poll-interval:1s}")
    void deliverDue() {
        for (int i = 0; i < MAX_PER_RUN; i++) {
            Instant now = clock.instant();
            // the lease outlives one attempt, so a crash mid-attempt only delays the retry
            Optional<Document> due = deliveries.claimDue(now, now.plus(settings.timeout().multipliedBy(3)));
            if (due.isEmpty()) {
                return;
            }
            deliver(due.get());
        }
    }

    void deliver(Document delivery) {
        String id = delivery.getString("_id");
        Optional<Subscription> subscription = subscriptions.find(delivery.getString("subscriptionId"));
        Instant start = clock.instant();
        if (subscription.isEmpty()) {
            deliveries.cancel(id, attempt(start, null, "subscription deleted", "cancelled"));
            return;
        }
        Result result = send(subscription.get(), delivery.getString("body").getBytes(StandardCharsets.UTF_8));
        int attempts = delivery.getInteger("attempts", 0) + 1;
        boolean ok = result.delivered();
        String outcome = ok ? "delivered" : attempts >= settings.maxAttempts() ? "failed" : "retry";
        Instant next = "retry".equals(outcome) ? clock.instant().plus(backoff.after(attempts)) : null;
        Document logged = attempt(start, result.status(), result.error(), outcome).append("attempt", attempts);
        String status = ok ? DeliveryStore.DELIVERED : next == null ? DeliveryStore.FAILED : DeliveryStore.PENDING;
        deliveries.recordAttempt(id, logged, status, next);
        meters.counter("pacer.notifications", "outcome", outcome).increment();
        log.info("delivery {} attempt {} to subscription {}: {} {}", id, attempts, subscription.get().id(), outcome,
                result.error() != null ? result.error() : result.status());
    }

    /** One attempt's answer: the HTTP status, if any (none for e-mail), and why it failed, if it did. */
    private record Result(Integer status, String error) {

        boolean delivered() {
            return error == null && (status == null || status >= 200 && status < 300);
        }
    }

    private Result send(Subscription subscription, byte[] body) {
        try {
            if (subscription.channel() == Channel.EMAIL) {
                mail.send(subscription.recipients(), body);
                return new Result(null, null);
            }
            WebhookClient.Answer answer = http.post(address(subscription), headers(subscription, body), body);
            boolean robot = subscription.channel() == Channel.DINGTALK || subscription.channel() == Channel.WECOM;
            String refused = robot && answer.status() >= 200 && answer.status() < 300
                    ? RobotAnswers.failure(answer.body()) : null;
            return new Result(answer.status(), refused);
        } catch (IOException | MessagingException | RuntimeException e) {
            String message = e.getMessage() == null ? "" : ": " + e.getMessage();
            return new Result(null, e.getClass().getSimpleName() + message);
        }
    }

    /** A DingTalk robot with a secret is in signing mode: each attempt signs its own timestamp into the address. */
    private URI address(Subscription subscription) {
        return URI.create(subscription.channel() == Channel.DINGTALK && hasSecret(subscription)
                ? Signatures.dingTalk(subscription.address(), subscription.secret(), clock.millis())
                : subscription.address());
    }

    private static Map<String, String> headers(Subscription subscription, byte[] body) {
        return hasSecret(subscription) ? Map.of(Signatures.HEADER, Signatures.sign(subscription.secret(), body))
                : Map.of();
    }

    private static boolean hasSecret(Subscription subscription) {
        return subscription.secret() != null && !subscription.secret().isEmpty();
    }

    private Document attempt(Instant start, Integer status, String error, String outcome) {
        return new Document("at", Date.from(start)).append("httpStatus", status).append("error", error)
                .append("millis", Duration.between(start, clock.instant()).toMillis()).append("outcome", outcome);
    }
}
