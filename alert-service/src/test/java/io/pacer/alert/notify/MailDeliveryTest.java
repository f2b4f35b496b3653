package io.pacer.alert.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import io.pacer.alert.AlertProperties;
import io.pacer.alert.SharedSmtp;
import io.pacer.alert.text.Lang;
import io.pacer.alert.text.Names;
import io.pacer.events.Severity;
import io.pacer.localstack.SharedMongo;

/** E-mail deliveries through a real SMTP server (GreenMail), read back from it, with the real MongoDB-wire server. */
class MailDeliveryTest {

    private static MongoClient mongo;

    @BeforeAll
    static void connect() {
        mongo = MongoClients.create(SharedMongo.uri());
    }

    @AfterAll
    static void close() {
        mongo.close();
    }

    private static AlertProperties properties() {
        return new AlertProperties(Duration.ofSeconds(5), 10, Duration.ofSeconds(1),
                new AlertProperties.Delivery(Duration.ofSeconds(2), 2, Duration.ofMillis(50), Duration.ofMillis(100),
                        Duration.ofSeconds(1), "pacer@pacer.test"),
                new AlertProperties.MissingReport(15, Duration.ofHours(1), Duration.ofMinutes(2)),
                new AlertProperties.Webhooks(false), Duration.ofSeconds(2), 90);
    }

    private static DeliveryWorker worker(MongoDatabase database, int smtpPort) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtpPort);
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("mailSender", sender);
        AlertProperties properties = properties();
        return new DeliveryWorker(new DeliveryStore(database), new SubscriptionStore(database),
                new WebhookClient(new AddressGuard(false, InetAddress::getAllByName), properties),
                new MailClient(beans.getBeanProvider(JavaMailSender.class), properties), Clock.systemUTC(),
                new SimpleMeterRegistry(), properties);
    }

    private static String queue(MongoDatabase database, String id, String address, Lang lang) {
        new SubscriptionStore(database).save(new Subscription(id, "owner", List.of("d1"), List.of(), List.of(),
                Severity.YELLOW, Channel.EMAIL, address, null, Instant.now(), lang, Digest.NONE));
        String body = new String(Payloads.body(Channel.EMAIL, List.of(Transitions.firing("gxq",
                "projects_completed", Severity.YELLOW)), new Texts(Names.wording(), lang)), StandardCharsets.UTF_8);
        new DeliveryStore(database).enqueue(id + ":d", id, body, Instant.now());
        return body;
    }

    @Test
    void anEmailReachesEveryRecipientWithAChineseSubjectAndBody() throws Exception {
        MongoDatabase database = mongo.getDatabase(SharedMongo.uniqueDatabase("mail"));
        String first = "zone-" + System.nanoTime() + "@pacer.test";
        String second = "district-" + System.nanoTime() + "@pacer.test";
        queue(database, "mail-1", first + ", " + second, Lang.ZH);

        worker(database, SharedSmtp.port()).deliverDue();

        List<MimeMessage> received = SharedSmtp.awaitFor(first, 1, Duration.ofSeconds(10));
        assertThat(received).hasSize(1);
        MimeMessage mail = received.get(0);
        assertThat(Arrays.stream(mail.getAllRecipients()).map(Address::toString)).containsExactly(first, second);
        assertThat(mail.getSubject()).isEqualTo("Pacer 预警：黄灯 · 高新区 · 亿元以上项目竣工 · 进度滞后");
        assertThat(mail.getContentType()).containsIgnoringCase("charset=UTF-8");
        assertThat((String) mail.getContent()).contains(
                "高新区 · 亿元以上项目竣工：完成年度目标 58.3%，低于序时进度 75.0%（黄灯）").doesNotContain("projects_completed");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("pacer@pacer.test");
        assertThat(new DeliveryStore(database).forSubscription("mail-1").get(0).getString("status"))
                .isEqualTo(DeliveryStore.DELIVERED);
    }

    @Test
    void anEnglishSubscriptionGetsEnglish() throws Exception {
        MongoDatabase database = mongo.getDatabase(SharedMongo.uniqueDatabase("mail"));
        String to = "en-" + System.nanoTime() + "@pacer.test";
        queue(database, "mail-en", to, Lang.EN);

        worker(database, SharedSmtp.port()).deliverDue();

        MimeMessage mail = SharedSmtp.awaitFor(to, 1, Duration.ofSeconds(10)).get(0);
        assertThat(mail.getSubject()).isEqualTo("Pacer alerts: Yellow · High-tech Zone · Projects completed · "
                + "Behind schedule");
    }

    @Test
    void anSmtpServerThatIsNotThereIsAFailedAttemptThatIsRetriedAndLogged() throws Exception {
        MongoDatabase database = mongo.getDatabase(SharedMongo.uniqueDatabase("mail"));
        queue(database, "mail-down", "nobody@pacer.test", Lang.ZH);
        int closed;
        try (var socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        DeliveryWorker worker = worker(database, closed);

        for (int i = 0; i < 10; i++) {
            worker.deliverDue();
            Thread.sleep(100);
        }

        var delivery = new DeliveryStore(database).forSubscription("mail-down").get(0);
        assertThat(delivery.getString("status")).isEqualTo(DeliveryStore.FAILED);
        assertThat(delivery.getInteger("attempts")).isEqualTo(2);
        assertThat(delivery.getList("log", org.bson.Document.class).get(0).getString("error"))
                .contains("MessagingException");
    }
}
