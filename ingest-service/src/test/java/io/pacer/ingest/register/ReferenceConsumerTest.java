package io.pacer.ingest.register;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.pacer.events.PacerJson;
import io.pacer.events.ReferenceKeys;
import io.pacer.events.Region;
import io.pacer.events.RegionLevel;
import io.pacer.events.Role;
import io.pacer.events.TokenRecord;
import io.pacer.localstack.SharedMongo;
import io.pacer.support.security.TokenDirectory;
import io.pacer.support.security.TokenHashing;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/** The pacer.reference function bean against the real MongoDB-wire server: idempotent and offset-guarded. */
class ReferenceConsumerTest {

    private final MongoClient client = MongoClients.create(SharedMongo.uri());
    private final RegisterStore store = new RegisterStore(client.getDatabase(SharedMongo.uniqueDatabase("reference")));
    private final TokenDirectory tokens = new TokenDirectory();
    private final Consumer<Message<byte[]>> referenceIn = new ReferenceConsumer().referenceIn(store, tokens);

    @AfterEach
    void close() {
        client.close();
    }

    private static Message<byte[]> record(Object value, long offset) {
        return MessageBuilder.withPayload(PacerJson.write(value))
                .setHeader(KafkaHeaders.RECEIVED_KEY, ReferenceKeys.of(value).getBytes(StandardCharsets.UTF_8))
                .setHeader(KafkaHeaders.OFFSET, offset).build();
    }

    @Test
    void aLaterOffsetWinsWhateverTheOrderOfDeliveryAndRedeliveryChangesNothing() {
        Region v1 = new Region("t1", "旧名", "Old", "d1", RegionLevel.TOWN);
        Region v2 = new Region("t1", "新名", "New", "d1", RegionLevel.TOWN);

        referenceIn.accept(record(v2, 11));
        referenceIn.accept(record(v1, 10));
        referenceIn.accept(record(v2, 11));

        assertThat(store.region("t1")).contains(v2);
        assertThat(store.regions()).hasSize(1);
    }

    @Test
    void theRequestPathAndTheConsumerApplyingTheSameRecordAgree() {
        Region region = new Region("d1", "区", "District", "c1", RegionLevel.DISTRICT);
        store.apply(ReferenceKeys.of(region), region, 5);

        referenceIn.accept(record(region, 5));

        assertThat(store.region("d1")).contains(region);
        assertThat(store.hasChildRegions("c1")).isTrue();
    }

    @Test
    void tokenRecordsReachTheDirectoryAndTheStore() {
        TokenRecord token = new TokenRecord(TokenHashing.sha256Hex("raw"), Role.OFFICIAL, List.of(), List.of("d1"),
                false, Instant.EPOCH);

        referenceIn.accept(record(token, 1));
        assertThat(tokens.authenticate("raw")).isPresent();

        referenceIn.accept(record(token.revoke(), 2));
        assertThat(tokens.authenticate("raw")).isEmpty();
        assertThat(store.token(token.sha256())).get().extracting(TokenRecord::revoked).isEqualTo(true);
    }
}
