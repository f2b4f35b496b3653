package io.pacer.ingest.submission;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.pacer.events.PacerJson;
import io.pacer.events.SubmissionRecord;
import io.pacer.support.kafka.DeadLetters;
import io.pacer.ingest.ledger.LedgerPosition;
import io.pacer.localstack.SharedMongo;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import static io.pacer.ingest.submission.HistoryStoreTest.record;
import static org.assertj.core.api.Assertions.assertThat;

/** The batch-mode ledger function bean against the real MongoDB-wire server. */
class LedgerConsumerTest {

    private final MongoClient client = MongoClients.create(SharedMongo.uri());
    private final MongoDatabase db = client.getDatabase(SharedMongo.uniqueDatabase("ledger"));
    private final HistoryStore history = new HistoryStore(db);
    private final LatestFigures figures = new LatestFigures(db);
    private final List<DeadLetters.Rejected> dead = new ArrayList<>();
    private final RequestPathWrites requestPathWrites = new RequestPathWrites();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final Consumer<Message<List<byte[]>>> ledgerIn = new LedgerConsumer().ledgerIn(history, figures,
            requestPathWrites, (binding, rejected) -> {
                assertThat(binding).isEqualTo("pacer.submissions.dlq");
                dead.add(rejected);
            }, meters);

    @AfterEach
    void close() {
        client.close();
    }

    /** A poll as the binder hands it over: payloads, and the record headers as lists in the same order. */
    static Message<List<byte[]>> poll(long firstOffset, byte[]... payloads) {
        List<Long> offsets = new ArrayList<>();
        List<Integer> partitions = new ArrayList<>();
        List<String> topics = new ArrayList<>();
        List<byte[]> keys = new ArrayList<>();
        for (int i = 0; i < payloads.length; i++) {
            offsets.add(firstOffset + i);
            partitions.add(2);
            topics.add("pacer.submissions");
            keys.add("d1".getBytes(StandardCharsets.UTF_8));
        }
        return MessageBuilder.withPayload(List.of(payloads)).setHeader(KafkaHeaders.OFFSET, offsets)
                .setHeader(KafkaHeaders.RECEIVED_PARTITION, partitions).setHeader(KafkaHeaders.RECEIVED_TOPIC, topics)
                .setHeader(KafkaHeaders.RECEIVED_KEY, keys).build();
    }

    private Map<String, List<Document>> state() {
        return Map.of("submissions", db.getCollection("submissions").find().sort(new Document("_id", 1))
                .into(new ArrayList<>()), "figures", db.getCollection("figures").find().sort(new Document("_id", 1))
                .into(new ArrayList<>()));
    }

    @Test
    void theSamePollTwiceGivesTheSameStateAsOnce() {
        SubmissionRecord a = record("s1", "fiscal_revenue", "100", "90", 1);
        SubmissionRecord b = record("s1", "industrial_va", "7", null, 1);
        SubmissionRecord revision = record("s2", "fiscal_revenue", "120", null, 2);
        Message<List<byte[]>> poll = poll(10, PacerJson.write(a), PacerJson.write(b), PacerJson.write(revision));

        ledgerIn.accept(poll);
        Map<String, List<Document>> once = state();
        ledgerIn.accept(poll);

        assertThat(state()).isEqualTo(once);
        assertThat(once.get("submissions")).hasSize(2);
        assertThat(once.get("figures")).hasSize(1);
        assertThat(history.history("e1", "2026-02")).extracting(i -> i.get("submissionId"))
                .containsExactly("s2", "s1");
        assertThat(figures.find(List.of(LatestFigures.key("e1", "fiscal_revenue", "2026-02"))).values())
                .singleElement().satisfies(f -> assertThat(f.value()).isEqualByComparingTo("120"));
        assertThat(dead).isEmpty();
    }

    @Test
    void aSubmissionTheRequestPathHasJustWrittenIsNotWrittenAgain() {
        requestPathWrites.written(List.of(new LedgerPosition(2, 30)));

        ledgerIn.accept(poll(30, PacerJson.write(record("s1", "fiscal_revenue", "100", null, 1)),
                PacerJson.write(record("s2", "industrial_va", "5", null, 2))));

        assertThat(history.history("e1", null)).extracting(i -> i.get("submissionId")).containsExactly("s2");
        assertThat(meters.counter("pacer.history.ledger.records", "outcome", "written-by-request").count())
                .isEqualTo(1);
        assertThat(meters.counter("pacer.history.ledger.records", "outcome", "applied").count()).isEqualTo(1);
    }

    @Test
    void anUnreadableRecordGoesAloneToTheDeadLettersAndTheRestOfThePollIsApplied() {
        byte[] poison = "{\"submissionId\": not json".getBytes(StandardCharsets.UTF_8);
        byte[] noEntity = "{\"submissionId\":\"s9\",\"indicator\":\"fiscal_revenue\"}".getBytes(StandardCharsets.UTF_8);

        ledgerIn.accept(poll(20, PacerJson.write(record("s1", "fiscal_revenue", "100", null, 1)), poison, noEntity,
                PacerJson.write(record("s2", "industrial_va", "5", null, 2))));

        assertThat(dead).extracting(DeadLetters.Rejected::offset).containsExactly(21L, 22L);
        assertThat(dead.get(0).payload()).isEqualTo(poison);
        assertThat(dead.get(0).partition()).isEqualTo(2);
        assertThat(dead.get(0).topic()).isEqualTo("pacer.submissions");
        assertThat(dead.get(0).key()).isEqualTo("d1");
        assertThat(history.history("e1", null)).extracting(i -> i.get("submissionId")).containsExactlyInAnyOrder("s1",
                "s2");
    }

    @Test
    void theHistoryWrittenFromTheLedgerShowsTheRecordsWarnings() {
        SubmissionRecord odd = record("s1", "fiscal_revenue", "100", "90", 1);

        ledgerIn.accept(poll(40, PacerJson.write(odd)));

        assertThat(history.history("e1", null)).singleElement().satisfies(item -> assertThat(item.get("warnings"))
                .isEqualTo(List.of(Map.of("code", "PRIOR_YEAR_RATIO", "field", "figures[0].value", "message", "odd"))));
    }

    @Test
    void aValueWrittenAsAStringIsUnreadableByTheLedgerDecoderAndGoesToTheDeadLettersAlone() {
        byte[] stringValue = ("{\"schemaVersion\":1,\"submissionId\":\"s9\",\"entityId\":\"e1\",\"indicator\":"
                + "\"fiscal_revenue\",\"period\":\"2026-02\",\"value\":\"100\","
                + "\"acceptedAt\":\"2026-03-01T00:00:00Z\"}").getBytes(StandardCharsets.UTF_8);

        ledgerIn.accept(poll(50, stringValue, PacerJson.write(record("s2", "industrial_va", "5", null, 2))));

        assertThat(PacerJson.read(stringValue, SubmissionRecord.class).value()).as("the mapper would coerce it")
                .isEqualByComparingTo("100");
        assertThat(dead).extracting(DeadLetters.Rejected::offset).containsExactly(50L);
        assertThat(dead.get(0).payload()).isEqualTo(stringValue);
        assertThat(history.history("e1", null)).extracting(i -> i.get("submissionId")).containsExactly("s2");
    }
}
