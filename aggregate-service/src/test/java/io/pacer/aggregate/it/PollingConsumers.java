package io.pacer.aggregate.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import io.pacer.aggregate.input.ColocatingAssignor;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Plain consumers of one instance, as the aggregate's listener containers are: one thread each, every consumer
 * subscribed to one topic, all with {@link ColocatingAssignor} naming the instance. Their client ids are
 * "{instance}-{topic}-{n}". A failure in a poll loop is kept for the test to see.
 */
final class PollingConsumers implements AutoCloseable {

    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> threads = new ArrayList<>();
    final ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();

    PollingConsumers(String brokers, String group, String instance, int threadsPerTopic, List<String> topics) {
        for (String topic : topics) {
            for (int n = 0; n < threadsPerTopic; n++) {
                Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                        ConsumerConfig.GROUP_ID_CONFIG, group,
                        ConsumerConfig.CLIENT_ID_CONFIG, instance + "-" + topic + "-" + n,
                        ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG, ColocatingAssignor.class.getName(),
                        ColocatingAssignor.INSTANCE_CONFIG, instance,
                        ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                        ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
                Thread thread = new Thread(() -> poll(config, topic), instance + "-" + topic + "-" + n);
                threads.add(thread);
                thread.start();
            }
        }
    }

    private void poll(Map<String, Object> config, String topic) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(topic));
            while (running.get()) {
                consumer.poll(Duration.ofMillis(100));
            }
        } catch (RuntimeException e) {
            failures.add(e);
        }
    }

    /** Stops every consumer, which leaves the group. */
    @Override
    public void close() throws InterruptedException {
        running.set(false);
        for (Thread thread : threads) {
            thread.join(30_000);
        }
    }
}
