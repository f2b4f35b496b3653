package io.pacer.alert.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.pacer.alert.AlertProperties;
import io.pacer.events.Severity;
import io.pacer.localstack.SharedMongo;

/** Deliveries against a real HTTP server on localhost and the real MongoDB-wire server. */
class DeliveryWorkerTest {

    private static MongoClient client;
    private WebhookReceiver receiver;
    private DeliveryStore deliveries;
    private SubscriptionStore subscriptions;
    private SimpleMeterRegistry meters;
    private DeliveryWorker worker;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(SharedMongo.uri());
    }

    @AfterAll
    static void close() {
        client.close();
    }

    @BeforeEach
    void worker() throws Exception {
        receiver = new WebhookReceiver();
        // a database per test: a delivery left pending by one test must not reach the next one's receiver
        MongoDatabase database = client.getDatabase(SharedMongo.uniqueDatabase("deliveries"));
        deliveries = new DeliveryStore(database);
        subscriptions = new SubscriptionStore(database);
        meters = new SimpleMeterRegistry();
        AlertProperties properties = new AlertProperties(Duration.ofSeconds(5), 10, Duration.ofSeconds(1),
                new AlertProperties.Delivery(Duration.ofSeconds(2), 3, Duration.ofMillis(50), Duration.ofMillis(200),
                        Duration.ofSeconds(1)), new AlertProperties.MissingReport(15, Duration.ofHours(1),
                Duration.ofMinutes(2)));
        worker = new DeliveryWorker(deliveries, subscriptions, Clock.systemUTC(), meters, properties);
    }

    @AfterEach
    void stop() {
        receiver.close();
    }

    private String subscribe(String secret) {
        String id = "sub-" + System.nanoTime();
        subscriptions.save(new Subscription(id, "owner", List.of("d1"), List.of(), List.of(), Severity.YELLOW,
                Channel.WEBHOOK, receiver.url(), secret, Instant.now()));
        return id;
    }

    private String queue(String subscriptionId) {
        String body = new String(Payloads.body(Channel.WEBHOOK,
                List.of(Transitions.firing("gxq", "projects_completed", Severity.YELLOW))), StandardCharsets.UTF_8);
        deliveries.enqueue(subscriptionId + ":d", subscriptionId, body, Instant.now());
        return body;
    }

    /** Runs the worker until nothing is due for a while (retries included). */
    private void drain() throws InterruptedException {
        for (int i = 0; i < 20; i++) {
            worker.deliverDue();
            Thread.sleep(100);
        }
    }

    private Document delivery(String subscriptionId) {
        return deliveries.forSubscription(subscriptionId).get(0);
    }

    @Test
    void aSignedDeliveryArrivesOnceAndItsSignatureVerifies() throws Exception {
        String subscription = subscribe("s3cret");
        String body = queue(subscription);

        drain();

        assertThat(receiver.received()).singleElement().satisfies(r -> {
            assertThat(r.body()).isEqualTo(body);
            assertThat(r.signature()).isEqualTo(Signatures.sign("s3cret", body.getBytes(StandardCharsets.UTF_8)));
        });
        assertThat(delivery(subscription).getString("status")).isEqualTo(DeliveryStore.DELIVERED);
        assertThat(meters.counter("pacer.notifications", "outcome", "delivered").count()).isEqualTo(1);
    }

    @Test
    void anUnsignedSubscriptionSendsNoSignature() throws Exception {
        queue(subscribe(null));

        drain();

        assertThat(receiver.received()).singleElement().satisfies(r -> assertThat(r.signature()).isNull());
    }

    @Test
    void serverErrorsAndTimeoutsAreRetriedAndEveryAttemptIsLogged() throws Exception {
        receiver.answer(500, -1);
        String subscription = subscribe("k");
        queue(subscription);

        drain();

        Document delivery = delivery(subscription);
        assertThat(receiver.received()).hasSize(3);
        assertThat(delivery.getString("status")).isEqualTo(DeliveryStore.DELIVERED);
        assertThat(delivery.getList("log", Document.class)).extracting(d -> d.getString("outcome"))
                .containsExactly("retry", "retry", "delivered");
        assertThat(delivery.getList("log", Document.class).get(0).getInteger("httpStatus")).isEqualTo(500);
        assertThat(delivery.getList("log", Document.class).get(1).getString("error")).contains("Timeout");
    }

    @Test
    void aDeliveryIsGivenUpAfterItsLastAttempt() throws Exception {
        receiver.answer(503, 503, 503, 503);
        String subscription = subscribe(null);
        queue(subscription);

        drain();

        assertThat(receiver.received()).hasSize(3);
        assertThat(delivery(subscription).getString("status")).isEqualTo(DeliveryStore.FAILED);
        assertThat(meters.counter("pacer.notifications", "outcome", "failed").count()).isEqualTo(1);
    }

    @Test
    void aDeliveryOfADeletedSubscriptionIsCancelledNotSent() throws Exception {
        String subscription = subscribe(null);
        queue(subscription);
        subscriptions.delete(subscription);

        drain();

        assertThat(receiver.received()).isEmpty();
        assertThat(delivery(subscription).getString("status")).isEqualTo(DeliveryStore.CANCELLED);
    }

    @Test
    void theSameTransitionsAreQueuedOnlyOnce() {
        String subscription = subscribe(null);
        queue(subscription);

        assertThat(deliveries.enqueue(subscription + ":d", subscription, "{}", Instant.now())).isFalse();
        assertThat(deliveries.forSubscription(subscription)).hasSize(1);
    }
}
