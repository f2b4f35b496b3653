package io.pacer.alert.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.annotation.Scheduled;

import io.pacer.alert.Reference;
import io.pacer.alert.reference.ReferenceData;
import io.pacer.alert.text.Lang;
import io.pacer.alert.text.Names;
import io.pacer.events.PacerJson;
import io.pacer.events.Severity;
import io.pacer.localstack.SharedMongo;
import io.pacer.support.testing.References;

/** Daily digests on the real MongoDB-wire server, with the clock set by the test. */
class DigestTest {

    private static final Instant MORNING = Instant.parse("2026-10-17T00:30:00Z"); // 08:30 in Asia/Shanghai
    private static MongoClient mongo;

    @BeforeAll
    static void connect() {
        mongo = MongoClients.create(SharedMongo.uri());
    }

    @AfterAll
    static void close() {
        mongo.close();
    }

    private static Notifier notifier(MongoDatabase database) {
        ReferenceData reference = new ReferenceData(References.replica());
        Reference.all().stream().filter(r -> r instanceof io.pacer.events.Region)
                .forEach(r -> References.put(reference.replica(), r));
        return new Notifier(new SubscriptionStore(database), new DeliveryStore(database), new SilenceStore(database),
                reference, Clock.fixed(MORNING.minusSeconds(36_000), ZoneOffset.UTC), Names.wording(),
                new DigestStore(database));
    }

    private static DigestSender sender(MongoDatabase database, Instant now) {
        return new DigestSender(new SubscriptionStore(database), new DigestStore(database),
                new DeliveryStore(database), Names.wording(), Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void aDailySubscriptionGetsTheDaysTransitionsInOneMessageEvenAcrossARestart() {
        MongoDatabase database = mongo.getDatabase(SharedMongo.uniqueDatabase("digest"));
        new SubscriptionStore(database).save(new Subscription("daily", "owner", List.of("d1"), List.of(), List.of(),
                Severity.YELLOW, Channel.DINGTALK, "http://127.0.0.1:1/robot", null, Instant.EPOCH, Lang.ZH,
                Digest.DAILY));
        new SubscriptionStore(database).save(new Subscription("now", "owner", List.of("d1"), List.of(), List.of(),
                Severity.YELLOW, Channel.WEBHOOK, "http://127.0.0.1:1/hook", null, Instant.EPOCH));

        notifier(database).onTransitions(List.of(Transitions.firing("gxq", "projects_completed", Severity.YELLOW)));
        notifier(database).onTransitions(List.of(Transitions.firing("ta", "projects_completed", Severity.RED)));
        notifier(database).onTransitions(List.of(Transitions.firing("ta", "projects_completed", Severity.RED)));
        // a restart: new stores over the same database
        assertThat(new DeliveryStore(database).forSubscription("daily")).isEmpty();
        assertThat(new DeliveryStore(database).forSubscription("now")).hasSize(2);

        sender(database, MORNING).sendDigests();
        sender(database, MORNING.plusSeconds(60)).sendDigests();

        List<Document> digests = new DeliveryStore(database).forSubscription("daily");
        assertThat(digests).hasSize(1);
        assertThat(digests.get(0).getString("_id")).isEqualTo("daily:digest:2026-10-17");
        Map<?, ?> markdown = (Map<?, ?>) PacerJson.read(digests.get(0).getString("body").getBytes(), Map.class)
                .get("markdown");
        assertThat((String) markdown.get("title")).isEqualTo("Pacer 每日预警汇总（2026-10-17）");
        assertThat((String) markdown.get("text")).contains("黄灯 · 高新区", "红灯 · 甲镇");
        assertThat(new DigestStore(database).waiting("daily")).isEmpty();
    }

    @Test
    void nothingCollectedSendsNothing() {
        MongoDatabase database = mongo.getDatabase(SharedMongo.uniqueDatabase("digest"));
        new SubscriptionStore(database).save(new Subscription("quiet", "owner", List.of("d1"), List.of(), List.of(),
                Severity.YELLOW, Channel.EMAIL, "a@pacer.test", null, Instant.EPOCH, Lang.EN, Digest.DAILY));

        sender(database, MORNING).sendDigests();

        assertThat(new DeliveryStore(database).forSubscription("quiet")).isEmpty();
    }

    @Test
    void theDigestGoesOutAtHalfPastEightInShanghai() throws Exception {
        Scheduled scheduled = DigestSender.class.getDeclaredMethod("sendDigests").getAnnotation(Scheduled.class);

        assertThat(scheduled.cron()).isEqualTo("0 30 8 * * *");
        assertThat(scheduled.zone()).isEqualTo("Asia/Shanghai");
    }
}
