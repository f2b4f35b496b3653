package io.pacer.alert.notify;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.pacer.alert.AlertProperties;

/**
 * Sends queued deliveries on the scheduler's thread, never the Kafka consumer's: a 2xx delivers, anything else
 * (status, timeout, refused connection) is retried with exponential backoff until the attempts run out. Every
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
    private final HttpClient http;

    DeliveryWorker(DeliveryStore deliveries, SubscriptionStore subscriptions, Clock clock, MeterRegistry meters,
            AlertProperties properties) {
        this.deliveries = deliveries;
        this.subscriptions = subscriptions;
        this.clock = clock;
        this.meters = meters;
        this.settings = properties.delivery();
        this.backoff = new Backoff(settings.backoffInitial(), settings.backoffMax());
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
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
        byte[] body = delivery.getString("body").getBytes(StandardCharsets.UTF_8);
        Integer status = null;
        String error = null;
        try {
            HttpResponse<Void> response = http.send(request(subscription.get(), body),
                    HttpResponse.BodyHandlers.discarding());
            status = response.statusCode();
        } catch (IOException e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        }
        int attempts = delivery.getInteger("attempts", 0) + 1;
        boolean ok = status != null && status >= 200 && status < 300;
        String outcome = ok ? "delivered" : attempts >= settings.maxAttempts() ? "failed" : "retry";
        Instant next = "retry".equals(outcome) ? clock.instant().plus(backoff.after(attempts)) : null;
        deliveries.recordAttempt(id, attempt(start, status, error, outcome).append("attempt", attempts),
                ok ? DeliveryStore.DELIVERED : next == null ? DeliveryStore.FAILED : DeliveryStore.PENDING, next);
        meters.counter("pacer.notifications", "outcome", outcome).increment();
        log.info("delivery {} attempt {} to subscription {}: {} {}", id, attempts, subscription.get().id(), outcome,
                status != null ? status : error);
    }

    private HttpRequest request(Subscription subscription, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(subscription.address()))
                .timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (subscription.secret() != null && !subscription.secret().isEmpty()) {
            request.header(Signatures.HEADER, Signatures.sign(subscription.secret(), body));
        }
        return request.build();
    }

    private Document attempt(Instant start, Integer status, String error, String outcome) {
        return new Document("at", Date.from(start)).append("httpStatus", status).append("error", error)
                .append("millis", Duration.between(start, clock.instant()).toMillis()).append("outcome", outcome);
    }
}
