package io.pacer.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.pacer.events.Topics;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerRepartitionTest {

    private static final int KEYS = 20;
    private static final int ROUNDS = 5;

    @TempDir
    Path dataDir;

    @Test
    void everyKeysRecordsEndInTheOnePartitionItNowMapsToInTheirOrderAndTheOldLayoutIsKept() throws Exception {
        try (KafkaBroker broker = new KafkaBroker(dataDir, FreePorts.next(), FreePorts.next()).start()) {
            String bootstrap = broker.bootstrapServers();
            PacerTopics.ensure(bootstrap, 2);
            try (KafkaProducer<String, String> producer = KafkaClients.transactionalProducer(bootstrap, "repart")) {
                producer.initTransactions();
                for (int round = 0; round < ROUNDS; round++) {
                    producer.beginTransaction();
                    for (int k = 0; k < KEYS; k++) {
                        producer.send(new ProducerRecord<>(Topics.SUBMISSIONS, "parent-" + k, "r" + round));
                    }
                    producer.commitTransaction();
                }
                producer.beginTransaction();
                producer.send(new ProducerRecord<>(Topics.SUBMISSIONS, "parent-0", "aborted"));
                producer.flush();
                producer.abortTransaction();
                producer.beginTransaction();
                producer.send(new ProducerRecord<>(Topics.FIGURES, "parent-0", "derived"));
                producer.send(new ProducerRecord<>(Topics.SUBMISSIONS_DLQ, 1, "parent-1", "poison"));
                producer.commitTransaction();
            }
            Map<Integer, List<String>> before = KafkaClients.read(bootstrap, Topics.SUBMISSIONS);

            LedgerRepartition.Report report = new LedgerRepartition(bootstrap).run(5);

            assertThat(report.from()).isEqualTo(2);
            assertThat(report.records()).isEqualTo(KEYS * ROUNDS);
            Map<Integer, List<String>> after = KafkaClients.read(bootstrap, Topics.SUBMISSIONS);
            assertThat(after).hasSize(5);
            for (int k = 0; k < KEYS; k++) {
                String key = "parent-" + k;
                int partition = Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % 5;
                List<String> expected = new ArrayList<>();
                for (int round = 0; round < ROUNDS; round++) {
                    expected.add(key + "=r" + round);
                }
                after.forEach((p, records) -> assertThat(records.stream().filter(r -> r.startsWith(key + "="))
                        .toList()).as(key + " in partition " + p).isEqualTo(p == partition ? expected : List.of()));
            }
            assertThat(report.backup()).startsWith(Topics.SUBMISSIONS + ".backup-");
            assertThat(KafkaClients.read(bootstrap, report.backup())).isEqualTo(before);
            assertThat(KafkaClients.read(bootstrap, Topics.FIGURES)).hasSize(5)
                    .allSatisfy((p, records) -> assertThat(records).isEmpty());
            assertThat(KafkaClients.read(bootstrap, Topics.REGION_TOTALS)).hasSize(5);
            Map<Integer, List<String>> deadLetters = KafkaClients.read(bootstrap, Topics.SUBMISSIONS_DLQ);
            assertThat(deadLetters).hasSize(5);
            assertThat(deadLetters.get(1)).containsExactly("parent-1=poison");
            assertThat(report.grown()).contains(Topics.SUBMISSIONS_DLQ + " 2 -> 5");
        }
    }

    @Test
    void refusesWhileAServiceStillReadsTheLedger() throws Exception {
        try (KafkaBroker broker = new KafkaBroker(dataDir, FreePorts.next(), FreePorts.next()).start()) {
            String bootstrap = broker.bootstrapServers();
            PacerTopics.ensure(bootstrap, 2);
            try (KafkaConsumer<String, String> consumer = KafkaClients.groupConsumer(bootstrap, "aggregate-service",
                    "pacer-aggregate-8082-ledger-0")) {
                consumer.subscribe(List.of(Topics.SUBMISSIONS));
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (consumer.assignment().isEmpty() && System.nanoTime() < deadline) {
                    consumer.poll(Duration.ofMillis(100));
                }
                assertThatThrownBy(() -> new LedgerRepartition(bootstrap).run(4))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("pacer-aggregate-8082-ledger-0").hasMessageContaining("stop the services");
            }
            assertThat(KafkaClients.read(bootstrap, Topics.SUBMISSIONS)).hasSize(2);
        }
    }
}
