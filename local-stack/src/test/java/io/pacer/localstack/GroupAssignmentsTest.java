package io.pacer.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.pacer.events.Topics;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GroupAssignmentsTest {

    @TempDir
    Path dataDir;

    @Test
    void eachInstanceIsNamedByThePortInItsClientIdWithThePartitionsItOwnsAndWhatNobodyHolds() throws Exception {
        try (KafkaBroker broker = new KafkaBroker(dataDir, FreePorts.next(), FreePorts.next()).start()) {
            String bootstrap = broker.bootstrapServers();
            PacerTopics.ensure(bootstrap, 4);
            KafkaConsumer<String, String> first = KafkaClients.groupConsumer(bootstrap, "aggregate-service",
                    GroupAssignments.clientId("aggregate", 8082, "ledger") + "-0");
            KafkaConsumer<String, String> second = KafkaClients.groupConsumer(bootstrap, "aggregate-service",
                    GroupAssignments.clientId("aggregate", 8092, "ledger") + "-0");
            try (first) {
                try (second) {
                    first.subscribe(List.of(Topics.SUBMISSIONS));
                    second.subscribe(List.of(Topics.SUBMISSIONS));
                    pollUntil(() -> first.assignment().size() == 2 && second.assignment().size() == 2, first, second);
                    GroupAssignments.Group group = group(bootstrap, "aggregate-service");
                    assertThat(group.owned()).extracting(GroupAssignments.Owned::instance)
                            .containsExactly("aggregate :8082", "aggregate :8092");
                    assertThat(group.owned().get(0).partitions()).containsExactlyElementsOf(sorted(first));
                    assertThat(group.owned().get(1).partitions()).containsExactlyElementsOf(sorted(second));
                    assertThat(group.unassigned()).isEmpty();
                    assertThat(group(bootstrap, "alert-service").owned()).isEmpty();
                    assertThat(GroupAssignments.format(List.of(group))).containsExactly(
                            line("aggregate :8082", sorted(first)), line("aggregate :8092", sorted(second)));
                }
                // the second instance is gone: once the first has rebalanced it owns every partition
                pollUntil(() -> first.assignment().size() == 4, first);
                assertThat(group(bootstrap, "aggregate-service").owned()).singleElement()
                        .satisfies(o -> assertThat(o.partitions()).containsExactly(0, 1, 2, 3));
                first.commitSync(Map.of(new TopicPartition(Topics.SUBMISSIONS, 0), new OffsetAndMetadata(0)));
            }
            // nobody is left; the committed offsets still say which topic the group reads
            GroupAssignments.Group empty = group(bootstrap, "aggregate-service");
            assertThat(empty.owned()).isEmpty();
            assertThat(empty.unassigned()).containsExactly(Map.entry(Topics.SUBMISSIONS, List.of(0, 1, 2, 3)));
            assertThat(GroupAssignments.format(List.of(empty))).singleElement().asString()
                    .startsWith("nobody").contains("pacer.submissions 0,1,2,3").contains("aggregate-service");
        }
    }

    @Test
    void lagCountsTheCommittedRecordsTheGroupHasNotCommittedYet() throws Exception {
        try (KafkaBroker broker = new KafkaBroker(dataDir, FreePorts.next(), FreePorts.next()).start()) {
            String bootstrap = broker.bootstrapServers();
            PacerTopics.ensure(bootstrap, 2);
            assertThat(GroupAssignments.lag(bootstrap, "aggregate-service")).isEqualTo(-1);
            try (KafkaProducer<String, String> producer = KafkaClients.transactionalProducer(bootstrap, "lag")) {
                producer.initTransactions();
                producer.beginTransaction();
                for (int i = 0; i < 5; i++) {
                    producer.send(new ProducerRecord<>(Topics.SUBMISSIONS, "k" + i, "v" + i));
                }
                producer.commitTransaction();
            }
            try (KafkaConsumer<String, String> consumer = KafkaClients.groupConsumer(bootstrap, "aggregate-service",
                    "lag-test")) {
                consumer.commitSync(Map.of(new TopicPartition(Topics.SUBMISSIONS, 0), new OffsetAndMetadata(0)));
                // 5 records, plus the commit marker each partition got (a marker takes an offset of its own)
                assertThat(GroupAssignments.lag(bootstrap, "aggregate-service")).isBetween(5L, 7L);
                consumer.assign(List.of(new TopicPartition(Topics.SUBMISSIONS, 0),
                        new TopicPartition(Topics.SUBMISSIONS, 1)));
                int read = 0;
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (read < 5 && System.nanoTime() < deadline) {
                    read += consumer.poll(Duration.ofMillis(200)).count();
                }
                consumer.commitSync();
            }
            assertThat(GroupAssignments.lag(bootstrap, "aggregate-service")).isZero();
        }
    }

    private static String line(String instance, List<Integer> partitions) {
        return String.format("%-20s %-22s %s", instance, Topics.SUBMISSIONS + " " + partitions.get(0) + ","
                + partitions.get(1), "(group aggregate-service)");
    }

    private static GroupAssignments.Group group(String bootstrap, String name) throws Exception {
        return GroupAssignments.describe(bootstrap).stream().filter(g -> g.group().equals(name)).findFirst()
                .orElseThrow();
    }

    private static List<Integer> sorted(KafkaConsumer<String, String> consumer) {
        List<Integer> partitions = new ArrayList<>(consumer.assignment().stream().map(TopicPartition::partition)
                .toList());
        partitions.sort(null);
        return partitions;
    }

    @SafeVarargs
    private static void pollUntil(java.util.function.BooleanSupplier done, KafkaConsumer<String, String>... consumers) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the group did not settle");
            }
            for (KafkaConsumer<String, String> c : consumers) {
                c.poll(Duration.ofMillis(100));
            }
        }
    }
}
