package io.pacer.support.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.kafka.listener.BatchMessageListener;
import org.springframework.kafka.listener.KafkaMessageListenerContainer;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;

/**
 * The shared policy on a real broker and a real listener container: a poison record goes alone to its dead-letter
 * topic and the rest goes on; any other failure is retried from the same offsets and dead-letters nothing; a dead
 * letter Kafka refuses is retried too, so the record is not lost.
 */
@EmbeddedKafka(count = 1, partitions = 1, topics = { "policy.batch", "policy.batch.dlq", "policy.outage",
        "policy.outage.dlq", "policy.record", "policy.record.dlq", "policy.refused" }, brokerProperties = {
                "auto.create.topics.enable=false" })
class PoisonAndRetryTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final List<String> applied = new CopyOnWriteArrayList<>();
    private KafkaDeadLetters deadLetters;
    private KafkaMessageListenerContainer<byte[], byte[]> container;

    @BeforeEach
    void countDeadLetters() {
        Metrics.addRegistry(meters);
    }

    @AfterEach
    void stop() {
        if (container != null) {
            container.stop();
        }
        if (deadLetters != null) {
            deadLetters.close();
        }
        Metrics.removeRegistry(meters);
    }

    @Test
    void aPoisonRecordInABatchGoesAloneToItsDeadLetterTopicAndTheRecordsAfterItAreApplied(
            EmbeddedKafkaBroker broker) {
        Topic topic = new Topic(broker, "policy.batch");
        topic.send("k1", "good-1", "k2", "poison", "k3", "good-2");

        start(broker, topic, (BatchMessageListener<byte[], byte[]>) records -> {
            for (int i = 0; i < records.size(); i++) {
                String value = Topic.text(records.get(i).value());
                if (value.equals("poison")) {
                    throw new PoisonRecordException("not a record: " + value).inBatchAt(i);
                }
                applied.add(value);
            }
        });

        List<ConsumerRecord<byte[], byte[]>> dead = topic.deadLetters(1);
        await().atMost(Duration.ofSeconds(20)).until(() -> applied.size() == 2);
        assertThat(applied).containsExactly("good-1", "good-2");
        assertThat(dead).singleElement().satisfies(r -> {
            assertThat(Topic.text(r.key())).isEqualTo("k2");
            assertThat(Topic.text(r.value())).isEqualTo("poison");
            assertThat(Topic.header(r, "x-original-topic")).isEqualTo("policy.batch");
            assertThat(ByteBuffer.wrap(r.headers().lastHeader("x-original-offset").value()).getLong()).isEqualTo(1L);
            assertThat(ByteBuffer.wrap(r.headers().lastHeader("x-original-partition").value()).getInt()).isZero();
            assertThat(Topic.header(r, "x-exception-fqcn")).isEqualTo(PoisonRecordException.class.getName());
            assertThat(Topic.header(r, "pacer_dlq_reason")).isEqualTo("not a record: poison");
        });
        assertThat(meters.get("pacer.dead.letters").tag("topic", "policy.batch.dlq").counter().count()).isEqualTo(1);
    }

    @Test
    void aFailureThatIsNotPoisonIsRetriedFromTheSameOffsetsUntilItPassesAndNothingIsDeadLettered(
            EmbeddedKafkaBroker broker) {
        Topic topic = new Topic(broker, "policy.outage");
        topic.send("k1", "a", "k2", "b");
        AtomicInteger deliveries = new AtomicInteger();
        List<Long> failedFrom = new CopyOnWriteArrayList<>();
        // away from the first delivery for longer than a default error handler's ten quick attempts last
        AtomicLong backAt = new AtomicLong();

        start(broker, topic, (BatchMessageListener<byte[], byte[]>) records -> {
            deliveries.incrementAndGet();
            backAt.compareAndSet(0, System.nanoTime() + Duration.ofMillis(2500).toNanos());
            if (System.nanoTime() < backAt.get()) {
                failedFrom.add(records.get(0).offset());
                throw new IllegalStateException("MongoDB is away");
            }
            records.forEach(r -> applied.add(Topic.text(r.value())));
        });

        await().atMost(Duration.ofSeconds(20)).until(() -> applied.contains("b"));
        assertThat(deliveries.get()).isGreaterThanOrEqualTo(3);
        assertThat(failedFrom).as("every attempt starts from the first record").containsOnly(0L);
        assertThat(applied).containsExactly("a", "b");
        assertThat(topic.deadLettersWithin(Duration.ofSeconds(2))).isEmpty();
    }

    @Test
    void aPoisonRecordOfARecordListenerIsDeadLetteredAtItsFirstDeliveryAndTheNextIsApplied(
            EmbeddedKafkaBroker broker) {
        Topic topic = new Topic(broker, "policy.record");
        topic.send("k1", "poison", "k2", "good");
        AtomicInteger poisonDeliveries = new AtomicInteger();

        start(broker, topic, (MessageListener<byte[], byte[]>) r -> {
            if (Topic.text(r.value()).equals("poison")) {
                poisonDeliveries.incrementAndGet();
                throw new PoisonRecordException("cannot be read");
            }
            applied.add(Topic.text(r.value()));
        });

        assertThat(topic.deadLetters(1)).extracting(r -> Topic.text(r.value())).containsExactly("poison");
        await().atMost(Duration.ofSeconds(20)).until(() -> applied.contains("good"));
        assertThat(poisonDeliveries.get()).isEqualTo(1);
    }

    @Test
    void aDeadLetterKafkaRefusesIsTriedAgainUntilItIsTakenAndTheRecordAfterItWaits(EmbeddedKafkaBroker broker) {
        Topic topic = new Topic(broker, "policy.refused");
        topic.send("k1", "poison", "k2", "good");
        AtomicInteger poisonDeliveries = new AtomicInteger();
        deadLetters = new KafkaDeadLetters(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                broker.getBrokersAsString()), Duration.ofMillis(1500));

        start(broker, topic, (MessageListener<byte[], byte[]>) r -> {
            if (Topic.text(r.value()).equals("poison")) {
                poisonDeliveries.incrementAndGet();
                throw new PoisonRecordException("cannot be read");
            }
            applied.add(Topic.text(r.value()));
        });

        await().atMost(Duration.ofSeconds(20)).until(() -> poisonDeliveries.get() >= 2);
        assertThat(applied).as("the dead-letter topic does not exist yet").isEmpty();
        broker.addTopics("policy.refused.dlq");

        assertThat(topic.deadLetters(1)).extracting(r -> Topic.text(r.value())).containsExactly("poison");
        await().atMost(Duration.ofSeconds(20)).until(() -> applied.contains("good"));
        assertThat(applied).containsExactly("good");
    }

    @Test
    void aNarrowedPolicyLeavesTheOtherDestinationsToTheBinder() {
        PoisonAndRetry policy = new PoisonAndRetry((record, e) -> { }).onlyFor("pacer.figures"::equals);

        assertThat(policy.retryAndDlqInBinding("pacer.figures", "g")).isFalse();
        assertThat(policy.retryAndDlqInBinding("pacer.targets", "g")).isTrue();
        assertThat(new PoisonAndRetry((record, e) -> { }).retryAndDlqInBinding("pacer.targets", "g")).isFalse();
    }

    @Test
    void theDeadLetterSenderIsNoFunctionTypeTheBinderWouldBindAsAFunctionBean() {
        assertThat(java.util.function.BiConsumer.class.isAssignableFrom(KafkaDeadLetters.class)).isFalse();
        assertThat(java.util.function.Consumer.class.isAssignableFrom(KafkaDeadLetters.class)).isFalse();
    }

    private void start(EmbeddedKafkaBroker broker, Topic topic, Object listener) {
        if (deadLetters == null) {
            deadLetters = new KafkaDeadLetters(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    broker.getBrokersAsString()));
        }
        container = topic.container(listener);
        new PoisonAndRetry(deadLetters.recoverer()).configure(container, topic.name(), "policy-test", null, null);
        container.start();
    }
}
