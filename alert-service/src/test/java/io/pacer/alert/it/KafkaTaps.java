package io.pacer.alert.it;

import static io.pacer.alert.it.AlertInstance.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import io.pacer.events.AlertEvent;
import io.pacer.events.PacerJson;
import io.pacer.events.Topics;

/** The test's own clients of the broker: a producer, a reader of {@code pacer.alerts}, the groups' state. */
final class KafkaTaps {

    private KafkaTaps() {
    }

    /** Both instances' pacer.alerts readers are in their groups: the stream's latest offset is fixed. */
    @SuppressWarnings("deprecation")
    static void awaitFeeds(String brokers) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, brokers))) {
            await("two alert feeds assigned", Duration.ofSeconds(60), () -> {
                try {
                    List<String> feeds = admin.listConsumerGroups().all().get().stream()
                            .map(ConsumerGroupListing::groupId).filter(g -> g.startsWith("alert-service-feed-"))
                            .toList();
                    return feeds.size() == 2 && admin.describeConsumerGroups(feeds).all().get().values().stream()
                            .allMatch(g -> g.members().stream()
                                    .anyMatch(m -> !m.assignment().topicPartitions().isEmpty()));
                } catch (Exception e) {
                    return false;
                }
            });
        }
        Thread.sleep(2000);
    }

    static KafkaProducer<String, byte[]> producer(String brokers) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers),
                new StringSerializer(), new ByteArraySerializer());
    }

    static KafkaConsumer<String, byte[]> consumer(String brokers) {
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers, ConsumerConfig.GROUP_ID_CONFIG, "two-instances-it",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(),
                new ByteArrayDeserializer());
        consumer.subscribe(List.of(Topics.ALERTS));
        return consumer;
    }

    /** What arrives until {@code expected} came (or 30 s passed), and 3 s more. */
    static List<AlertEvent> poll(KafkaConsumer<String, byte[]> consumer, int expected) {
        return poll(consumer, expected, Duration.ofSeconds(30));
    }

    /** What arrives within 1 s and 3 s more, where nothing is expected. */
    static List<AlertEvent> quiet(KafkaConsumer<String, byte[]> consumer) {
        return poll(consumer, 0, Duration.ofSeconds(1));
    }

    private static List<AlertEvent> poll(KafkaConsumer<String, byte[]> consumer, int expected, Duration within) {
        List<AlertEvent> events = new ArrayList<>();
        Instant deadline = Instant.now().plus(within);
        Instant settle = null;
        while (Instant.now().isBefore(settle == null ? deadline : settle)) {
            consumer.poll(Duration.ofMillis(200)).forEach(r -> events.add(PacerJson.read(r.value(), AlertEvent.class)));
            if (settle == null && events.size() >= expected) {
                settle = Instant.now().plusSeconds(3);
            }
        }
        return events;
    }

}
