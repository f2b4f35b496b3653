package io.pacer.aggregate.flush;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;

import io.pacer.aggregate.AggregateProperties;
import io.pacer.events.PacerJson;
import io.pacer.events.Topics;
import io.pacer.support.kafka.DeadLetters;

/**
 * An output that could not be stored or published is described on the dead-letter topic of its input, with the
 * contract's reason header that every other dead letter carries.
 */
@EmbeddedKafka(count = 1, partitions = 1, topics = Topics.SUBMISSIONS_DLQ)
class OutputDeadLettersTest {

    @Test
    void theDeadLetterOfAnOutputCarriesTheSharedReasonHeaderAndNamesTheOutput(EmbeddedKafkaBroker broker) {
        DefaultKafkaProducerFactory<byte[], byte[]> producers = new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
        OutputDeadLetters deadLetters = new OutputDeadLetters(new KafkaTemplate<>(producers), new AggregateProperties(
                "ledger-in-0", "totals-in-0", Duration.ofSeconds(10), Duration.ofSeconds(120), Duration.ofSeconds(5),
                0));

        deadLetters.send(Topics.SUBMISSIONS_DLQ, "figure", "gxq:projects_completed:2026-09",
                new IllegalArgumentException("document too large"));
        producers.destroy();

        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ConsumerConfig.GROUP_ID_CONFIG, "output-dead-letters-test",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.SUBMISSIONS_DLQ));
            ConsumerRecord<byte[], byte[]> letter = KafkaTestUtils.getSingleRecord(consumer, Topics.SUBMISSIONS_DLQ,
                    Duration.ofSeconds(20));

            assertThat(new String(letter.key(), StandardCharsets.UTF_8)).isEqualTo("gxq:projects_completed:2026-09");
            assertThat(new String(letter.headers().lastHeader(DeadLetters.REASON_HEADER).value(),
                    StandardCharsets.UTF_8)).startsWith("figure gxq:projects_completed:2026-09 could not be stored "
                            + "or published: ").contains("document too large");
            assertThat(DeadLetters.REASON_HEADER).isEqualTo("pacer_dlq_reason");
            assertThat(PacerJson.mapper().readTree(letter.value()).get("kind").asString()).isEqualTo("figure");
        }
    }
}
