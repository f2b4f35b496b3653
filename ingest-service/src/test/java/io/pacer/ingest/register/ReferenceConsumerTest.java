package io.pacer.ingest.register;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.pacer.events.EntityType;
import io.pacer.events.PacerJson;
import io.pacer.events.ReferenceKeys;
import io.pacer.events.Region;
import io.pacer.events.RegionLevel;
import io.pacer.events.ReportingEntity;
import io.pacer.events.Role;
import io.pacer.events.TokenRecord;
import io.pacer.support.kafka.DeadLetters;
import io.pacer.localstack.SharedMongo;
import io.pacer.support.security.TokenDirectory;
import io.pacer.support.security.TokenHashing;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/** The batch-mode pacer.reference function bean against the real MongoDB-wire server: idempotent, offset-guarded. */
class ReferenceConsumerTest {

    private final MongoClient client = MongoClients.create(SharedMongo.uri());
    private final MongoDatabase db = client.getDatabase(SharedMongo.uniqueDatabase("reference"));
    private final TokenDirectory tokens = new TokenDirectory();
    private final RegisterStore store = restarted(tokens);
    private final List<DeadLetters.Rejected> dead = new ArrayList<>();
    private final Consumer<Message<List<byte[]>>> referenceIn = new ReferenceConsumer().referenceIn(store,
            (binding, rejected) -> dead.add(rejected));

    @AfterEach
    void close() {
        client.close();
    }

    /** A store as a (re)started service builds it: memory loaded from what MongoDB holds. */
    private RegisterStore restarted() {
        return restarted(new TokenDirectory());
    }

    private RegisterStore restarted(TokenDirectory directory) {
        return new RegisterStore(new RegisterCollections(db), new SimpleMeterRegistry(), directory);
    }

    private static Message<List<byte[]>> poll(Object... valueOffsetPairs) {
        List<byte[]> payloads = new ArrayList<>();
        List<byte[]> keys = new ArrayList<>();
        List<Long> offsets = new ArrayList<>();
        for (int i = 0; i < valueOffsetPairs.length; i += 2) {
            Object value = valueOffsetPairs[i];
            payloads.add(value instanceof byte[] raw ? raw : PacerJson.write(value));
            keys.add((value instanceof byte[] ? "region:broken" : ReferenceKeys.of(value))
                    .getBytes(StandardCharsets.UTF_8));
            offsets.add((Long) valueOffsetPairs[i + 1]);
        }
        return MessageBuilder.withPayload(payloads).setHeader(KafkaHeaders.RECEIVED_KEY, keys)
                .setHeader(KafkaHeaders.OFFSET, offsets).build();
    }

    @Test
    void aLaterOffsetWinsWhateverTheOrderOfDeliveryAndRedeliveryChangesNothing() {
        Region v1 = new Region("t1", "旧名", "Old", "d1", RegionLevel.TOWN);
        Region v2 = new Region("t1", "新名", "New", "d2", RegionLevel.TOWN);

        referenceIn.accept(poll(v2, 11L));
        referenceIn.accept(poll(v1, 10L, v2, 11L));

        assertThat(store.region("t1")).contains(v2);
        assertThat(store.regions()).hasSize(1);
        assertThat(store.hasChildRegions("d2")).isTrue();
        assertThat(store.hasChildRegions("d1")).isFalse();
        assertThat(restarted().region("t1")).contains(v2);
    }

    @Test
    void whatTheRequestPathAppliedIsServedAtOnceAndWrittenToMongoDbWhenTheConsumerReadsIt() {
        Region region = new Region("d1", "区", "District", "c1", RegionLevel.DISTRICT);
        store.apply(ReferenceKeys.of(region), region, 5);
        assertThat(store.region("d1")).contains(region);
        assertThat(store.hasChildRegions("c1")).isTrue();
        assertThat(restarted().region("d1")).isEmpty();

        referenceIn.accept(poll(region, 5L));

        assertThat(store.region("d1")).contains(region);
        assertThat(restarted().region("d1")).contains(region);
    }

    @Test
    void aRestartServesTheRegistersFromMongoDbBeforeTheTopicIsReadAgain() {
        Region town = new Region("t1", "镇", "Town", "d1", RegionLevel.TOWN);
        ReportingEntity entity = new ReportingEntity("e1", "厂", EntityType.ENTERPRISE, "t1", List.of("x"),
                Instant.EPOCH);
        referenceIn.accept(poll(town, 1L, entity, 2L));

        RegisterStore afterRestart = restarted();

        assertThat(afterRestart.region("t1")).contains(town);
        assertThat(afterRestart.entity("e1")).contains(entity);
        assertThat(afterRestart.hasEntities("t1")).isTrue();
        assertThat(afterRestart.entities()).containsExactly(entity);
        // Re-reading the topic from the beginning then finds nothing newer.
        assertThat(afterRestart.applyFromTopic(List.of(new RegisterStore.Applied("region:t1", town, 1L)))).isEmpty();
    }

    @Test
    void anOlderRecordDoesNotOvertakeANewerOneInMemoryOrInMongoDb() {
        ReportingEntity moved = new ReportingEntity("e1", "厂", EntityType.ENTERPRISE, "t2", List.of("x"), Instant.EPOCH);
        ReportingEntity before = new ReportingEntity("e1", "厂", EntityType.ENTERPRISE, "t1", List.of("x"),
                Instant.EPOCH);
        store.apply("entity:e1", moved, 8);

        assertThat(store.applyFromTopic(List.of(new RegisterStore.Applied("entity:e1", before, 7)))).isEmpty();

        assertThat(store.entity("e1")).contains(moved);
        assertThat(store.hasEntities("t1")).isFalse();
        assertThat(restarted().entity("e1")).contains(moved);
    }

    @Test
    void aDocumentOfTheEarlierLayoutIsLoadedAndATombstoneDeletes() {
        Region old = new Region("t5", "五镇", "Fifth", "d1", RegionLevel.TOWN);
        db.getCollection("regions").updateOne(Filters.eq("_id", "t5"), Updates.combine(Updates.set("json",
                new String(PacerJson.write(old), StandardCharsets.UTF_8)), Updates.set("offset", 3L),
                Updates.set("deleted", false)), new UpdateOptions().upsert(true));
        assertThat(restarted().region("t5")).contains(old);

        store.applyFromTopic(List.of(new RegisterStore.Applied("region:t5", null, 4)));

        assertThat(restarted().region("t5")).isEmpty();
        assertThat(restarted().hasChildRegions("d1")).isFalse();
    }

    @Test
    void tokenRecordsReachTheDirectoryAndTheStoreAndAnOlderOneCannotUndoARevocation() {
        TokenRecord token = new TokenRecord(TokenHashing.sha256Hex("raw"), Role.OFFICIAL, List.of(), List.of("d1"),
                false, Instant.EPOCH);

        referenceIn.accept(poll(token, 1L));
        assertThat(tokens.authenticate("raw")).isPresent();

        referenceIn.accept(poll(token.revoke(), 2L));
        referenceIn.accept(poll(token, 1L));
        assertThat(tokens.authenticate("raw")).isEmpty();
        assertThat(store.token(token.sha256())).get().extracting(TokenRecord::revoked).isEqualTo(true);
    }

    @Test
    void aRestartPutsTheTokensKeptInMongoDbIntoTheDirectoryBeforeTheTopicIsReadAgain() {
        TokenRecord token = new TokenRecord(TokenHashing.sha256Hex("kept"), Role.STATISTICS, List.of(), List.of(),
                false, Instant.EPOCH);
        referenceIn.accept(poll(token, 1L));

        TokenDirectory afterRestart = new TokenDirectory();
        restarted(afterRestart);

        assertThat(afterRestart.authenticate("kept")).isPresent();
    }

    @Test
    void aTokenInstalledByTheRequestPathReachesTheDirectoryAtOnce() {
        TokenRecord token = new TokenRecord(TokenHashing.sha256Hex("fresh"), Role.STATISTICS, List.of(), List.of(),
                false, Instant.EPOCH);

        store.apply(ReferenceKeys.of(token), token, 3);

        assertThat(tokens.authenticate("fresh")).isPresent();
    }

    @Test
    void anUnreadableRecordGoesAloneToTheDeadLetters() {
        Region good = new Region("t6", "六镇", "Sixth", "d1", RegionLevel.TOWN);

        referenceIn.accept(poll("{not json".getBytes(StandardCharsets.UTF_8), 30L, good, 31L));

        assertThat(dead).singleElement().satisfies(r -> {
            assertThat(r.offset()).isEqualTo(30L);
            assertThat(r.key()).isEqualTo("region:broken");
        });
        assertThat(store.region("t6")).contains(good);
    }
}
