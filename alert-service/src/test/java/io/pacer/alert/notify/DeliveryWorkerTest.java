package io.pacer.alert.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

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
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;

import io.pacer.alert.AlertProperties;
import io.pacer.alert.text.Lang;
import io.pacer.alert.text.Names;
import io.pacer.events.Severity;
import io.pacer.localstack.SharedMongo;

/** Deliveries against a real HTTP server on localhost and the real MongoDB-wire server. */
class DeliveryWorkerTest {

    private static MongoClient mongo;
    private WebhookClient client;
    private WebhookReceiver receiver;
    private DeliveryStore deliveries;
    private SubscriptionStore subscriptions;
    private SimpleMeterRegistry meters;
    private DeliveryWorker worker;

    @BeforeAll
    static void connect() {
        mongo = MongoClients.create(SharedMongo.uri());
    }

    @AfterAll
    static void close() {
        mongo.close();
    }

    @BeforeEach
    void worker() throws Exception {
        receiver = new WebhookReceiver();
        // a database per test: a delivery left pending by one test must not reach the next one's receiver
        MongoDatabase database = mongo.getDatabase(SharedMongo.uniqueDatabase("deliveries"));
        deliveries = new DeliveryStore(database);
        subscriptions = new SubscriptionStore(database);
        meters = new SimpleMeterRegistry();
        // the receiver listens on 127.0.0.1
        worker = worker(new AddressGuard(true, InetAddress::getAllByName));
    }

    private DeliveryWorker worker(AddressGuard guard) throws IOException {
        if (client != null) {
            client.close();
        }
        AlertProperties properties = new AlertProperties(Duration.ofSeconds(5), 10, Duration.ofSeconds(1),
                new AlertProperties.Delivery(Duration.ofSeconds(2), 3, Duration.ofMillis(50), Duration.ofMillis(200),
                        Duration.ofSeconds(1), "pacer@localhost"), new AlertProperties.MissingReport(15, Duration.ofHours(1),
                Duration.ofMinutes(2)), new AlertProperties.Webhooks(false), Duration.ofSeconds(2), 90);
        client = new WebhookClient(guard, properties);
        return new DeliveryWorker(deliveries, subscriptions, client, new MailClient(new StaticListableBeanFactory()
                .getBeanProvider(JavaMailSender.class), properties), Clock.systemUTC(), meters, properties);
    }

    @AfterEach
    void stop() throws Exception {
        receiver.close();
        client.close();
    }

    private String subscribe(String secret) {
        return subscribe(Channel.WEBHOOK, receiver.url(), secret);
    }

    private String subscribe(Channel channel, String address, String secret) {
        String id = "sub-" + System.nanoTime();
        subscriptions.save(new Subscription(id, "owner", List.of("d1"), List.of(), List.of(), Severity.YELLOW,
                channel, address, secret, Instant.now()));
        return id;
    }

    private String queue(String subscriptionId) {
        return queue(subscriptionId, Channel.WEBHOOK);
    }

    private String queue(String subscriptionId, Channel channel) {
        String body = new String(Payloads.body(channel,
                List.of(Transitions.firing("gxq", "projects_completed", Severity.YELLOW)),
                new Texts(Names.wording(), Lang.ZH)), StandardCharsets.UTF_8);
        deliveries.enqueue(subscriptionId + ":d", subscriptionId, body, Instant.now());
        return body;
    }

    private List<Document> log(String subscriptionId) {
        return delivery(subscriptionId).getList("log", Document.class);
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

    @Test
    void aLoopbackAddressIsRefusedAtEveryAttemptWithTheReasonLogged() throws Exception {
        worker = worker(new AddressGuard(false, InetAddress::getAllByName));
        String subscription = subscribe(null);
        queue(subscription);

        drain();

        assertThat(receiver.received()).isEmpty();
        assertThat(delivery(subscription).getString("status")).isEqualTo(DeliveryStore.FAILED);
        assertThat(log(subscription)).hasSize(3).allSatisfy(attempt -> assertThat(attempt.getString("error"))
                .contains("127.0.0.1 resolves only to addresses a webhook may not reach (loopback)"));
    }

    @Test
    void aNameThatResolvesToLoopbackAtDeliveryIsRefused() throws Exception {
        worker = worker(new AddressGuard(false, InetAddress::getAllByName));
        String subscription = subscribe(Channel.WEBHOOK, "http://localhost:" + receiver.port() + "/hook", null);
        queue(subscription);

        drain();

        assertThat(receiver.received()).isEmpty();
        assertThat(log(subscription).get(0).getString("error")).contains("localhost resolves only", "loopback");
    }

    @Test
    void everyAttemptConnectsToTheAddressesTheGuardResolvedAnew() throws Exception {
        AtomicInteger lookups = new AtomicInteger();
        // a name no real name service knows: the delivery can only arrive through the guard's own resolution
        worker = worker(new AddressGuard(true, host -> {
            assertThat(host).isEqualTo("hooks.pacer.test");
            lookups.incrementAndGet();
            return new InetAddress[] { InetAddress.getByAddress(host, new byte[] { 127, 0, 0, 1 }) };
        }));
        receiver.answer(500, 500);
        String subscription = subscribe(Channel.WEBHOOK, "http://hooks.pacer.test:" + receiver.port() + "/hook",
                null);
        queue(subscription);

        drain();

        assertThat(receiver.received()).hasSize(3)
                .allSatisfy(r -> assertThat(r.host()).isEqualTo("hooks.pacer.test:" + receiver.port()));
        assertThat(delivery(subscription).getString("status")).isEqualTo(DeliveryStore.DELIVERED);
        assertThat(lookups).hasValue(3);
    }

    @Test
    void aDingTalkRefusalIsAFailedAttemptRetriedWithItsErrmsgLogged() throws Exception {
        receiver.answerJson("{\"errcode\":310000,\"errmsg\":\"keywords not in content\"}",
                "{\"errcode\":0,\"errmsg\":\"ok\"}");
        String subscription = subscribe(Channel.DINGTALK, receiver.url() + "?access_token=robot", null);
        String body = queue(subscription, Channel.DINGTALK);

        drain();

        assertThat(receiver.received()).hasSize(2).allSatisfy(r -> {
            assertThat(r.body()).isEqualTo(body);
            assertThat(r.query()).isEqualTo("access_token=robot");
        });
        assertThat(delivery(subscription).getString("status")).isEqualTo(DeliveryStore.DELIVERED);
        assertThat(log(subscription)).extracting(d -> d.getString("outcome")).containsExactly("retry", "delivered");
        assertThat(log(subscription).get(0).getInteger("httpStatus")).isEqualTo(200);
        assertThat(log(subscription).get(0).getString("error"))
                .isEqualTo("errcode 310000: keywords not in content");
    }

    @Test
    void aWeComAnswerWithoutErrcodeZeroIsNeverADelivery() throws Exception {
        receiver.answer(200).answerJson("<html>proxy login</html>", "{\"errcode\":93000,\"errmsg\":\"invalid url\"}");
        String subscription = subscribe(Channel.WECOM, receiver.url(), null);
        queue(subscription, Channel.WECOM);

        drain();

        assertThat(receiver.received()).hasSize(3);
        assertThat(delivery(subscription).getString("status")).isEqualTo(DeliveryStore.FAILED);
        assertThat(log(subscription)).extracting(d -> d.getString("error")).containsExactly(
                "not a robot's answer (no errcode): ", "not a robot's answer (no errcode): <html>proxy login</html>",
                "errcode 93000: invalid url");
    }

    @Test
    void aDingTalkRobotWithASecretGetsATimestampAndASignThatVerifies() throws Exception {
        receiver.answerJson("{\"errcode\":0,\"errmsg\":\"ok\"}");
        String secret = "SEC0123456789abcdef";
        String subscription = subscribe(Channel.DINGTALK, receiver.url() + "?access_token=robot", secret);
        queue(subscription, Channel.DINGTALK);
        long before = System.currentTimeMillis();

        drain();

        Map<String, String> query = new HashMap<>();
        for (String pair : receiver.received().get(0).query().split("&")) {
            String[] kv = pair.split("=", 2);
            query.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        assertThat(query).containsEntry("access_token", "robot").containsKeys("timestamp", "sign");
        long timestamp = Long.parseLong(query.get("timestamp"));
        assertThat(timestamp).isBetween(before, System.currentTimeMillis());
        // DingTalk's check, done here independently: base64(HmacSHA256(key = secret, timestamp + "\n" + secret))
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = Base64.getEncoder()
                .encodeToString(mac.doFinal((timestamp + "\n" + secret).getBytes(StandardCharsets.UTF_8)));
        assertThat(query.get("sign")).isEqualTo(expected);
        assertThat(delivery(subscription).getString("status")).isEqualTo(DeliveryStore.DELIVERED);
    }
}
