package io.pacer.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import io.pacer.events.TopicSpec;
import io.pacer.events.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaBrokerTest {

    @TempDir
    Path dataDir;

    @Test
    void committedRecordsSurviveARestartAndAbortedOnesNeverShow() throws Exception {
        try (KafkaBroker broker = new KafkaBroker(dataDir, FreePorts.next(), FreePorts.next()).start()) {
            PacerTopics.ensure(broker.bootstrapServers(), 3);
            try (KafkaProducer<String, String> producer = transactionalProducer(broker.bootstrapServers())) {
                producer.initTransactions();
                producer.beginTransaction();
                producer.send(new ProducerRecord<>(Topics.SUBMISSIONS, "district-1", "{\"value\":1}"));
                producer.commitTransaction();
                producer.beginTransaction();
                producer.send(new ProducerRecord<>(Topics.SUBMISSIONS, "district-1", "{\"value\":\"aborted\"}"));
                producer.flush();
                producer.abortTransaction();
            }
            assertThat(tail(broker.bootstrapServers(), Topics.SUBMISSIONS)).isEqualTo("district-1\t{\"value\":1}\n");
        }

        // New ports on purpose: the storage must not depend on the addresses of the previous run.
        try (KafkaBroker broker = new KafkaBroker(dataDir, FreePorts.next(), FreePorts.next()).start()) {
            assertThat(PacerTopics.ensure(broker.bootstrapServers(), 3)).isEmpty();
            assertThat(tail(broker.bootstrapServers(), Topics.SUBMISSIONS)).isEqualTo("district-1\t{\"value\":1}\n");
        }
    }

    @Test
    void createsEveryPacerTopicWithItsPartitionsAndTheRegisterCompacted() throws Exception {
        try (KafkaBroker broker = new KafkaBroker(dataDir, FreePorts.next(), FreePorts.next()).start()) {
            List<String> created = PacerTopics.ensure(broker.bootstrapServers(), 4);

            assertThat(created).containsExactlyInAnyOrderElementsOf(
                    Topics.ALL.stream().map(TopicSpec::name).toList());
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                    broker.bootstrapServers()))) {
                var described = admin.describeTopics(List.of(Topics.SUBMISSIONS, Topics.SUBMISSIONS_DLQ,
                        Topics.REFERENCE)).allTopicNames().get(30, TimeUnit.SECONDS);
                assertThat(described.get(Topics.SUBMISSIONS).partitions()).hasSize(4);
                assertThat(described.get(Topics.SUBMISSIONS_DLQ).partitions()).hasSize(4);
                assertThat(described.get(Topics.REFERENCE).partitions()).hasSize(1);

                ConfigResource reference = new ConfigResource(ConfigResource.Type.TOPIC, Topics.REFERENCE);
                ConfigResource ledger = new ConfigResource(ConfigResource.Type.TOPIC, Topics.SUBMISSIONS);
                Map<ConfigResource, Config> configs = admin.describeConfigs(List.of(reference, ledger)).all()
                        .get(30, TimeUnit.SECONDS);
                assertThat(configs.get(reference).get("cleanup.policy").value()).isEqualTo("compact");
                assertThat(configs.get(ledger).get("retention.ms").value()).isEqualTo("-1");
                assertThat(configs.get(ledger).get("cleanup.policy").value()).isEqualTo("delete");
            }
        }
    }

    private static String tail(String bootstrap, String topic) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new TopicTail(bootstrap, topic, Duration.ofSeconds(2), false)
                .run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static KafkaProducer<String, String> transactionalProducer(String bootstrap) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "local-stack-test");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return new KafkaProducer<>(p);
    }
}
