package io.pacer.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.pacer.events.InboxRejection;
import io.pacer.events.PacerJson;
import io.pacer.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InboxSendTest {

    private static final byte[] FILE = "{\"entityId\":\"e1\",\"period\":\"2026-02\",\"figures\":[]}"
            .getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dataDir;

    @Test
    void theDefaultKeyIsTheFilesSha256SoTheSameFileHasTheSameKey() {
        assertThat(InboxSend.keyOf(FILE)).hasSize(64).isEqualTo(InboxSend.keyOf(FILE.clone()))
                .isNotEqualTo(InboxSend.keyOf("{}".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aSendWithoutTokenIsRefusedBeforeKafkaIsAsked() {
        assertThatThrownBy(() -> new InboxSend("127.0.0.1:1").send(FILE, " ", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("token");
    }

    @Test
    void sendsTheFileUnderItsKeyWithTheTokenHeaderAndTailShowsTheRejectedTopic() throws Exception {
        try (KafkaBroker broker = new KafkaBroker(dataDir, FreePorts.next(), FreePorts.next()).start()) {
            PacerTopics.ensure(broker.bootstrapServers(), 2);

            InboxSend.Sent sent = new InboxSend(broker.bootstrapServers()).send(FILE, "raw-token", "dept-7");

            assertThat(sent.key()).isEqualTo("dept-7");
            ConsumerRecord<String, byte[]> read = read(broker.bootstrapServers(),
                    new TopicPartition(Topics.INBOX, sent.partition()), sent.offset());
            assertThat(read.key()).isEqualTo("dept-7");
            assertThat(read.value()).isEqualTo(FILE);
            assertThat(new String(read.headers().lastHeader("pacer-token").value(), StandardCharsets.UTF_8))
                    .isEqualTo("raw-token");

            byte[] rejection = PacerJson.write(new InboxRejection("dept-7", sent.partition(), sent.offset(), 422,
                    List.of(new InboxRejection.Error("figures", "must hold at least one figure"))));
            try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
                producer.send(new ProducerRecord<>(Topics.INBOX_REJECTED, "dept-7", rejection)).get();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new TopicTail(broker.bootstrapServers(), Topics.INBOX_REJECTED, Duration.ofSeconds(2), false)
                    .run(new PrintStream(out, true, StandardCharsets.UTF_8));
            assertThat(out.toString(StandardCharsets.UTF_8))
                    .isEqualTo("dept-7\t" + new String(rejection, StandardCharsets.UTF_8) + "\n");
        }
    }

    private static ConsumerRecord<String, byte[]> read(String bootstrap, TopicPartition partition, long offset) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class))) {
            consumer.assign(List.of(partition));
            consumer.seek(partition, offset);
            long deadline = System.currentTimeMillis() + 20_000;
            while (System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    return r;
                }
            }
            throw new AssertionError("nothing read at " + partition + "@" + offset);
        }
    }
}
