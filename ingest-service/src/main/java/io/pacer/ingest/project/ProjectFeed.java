package io.pacer.ingest.project;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.pacer.events.Topics;
import io.pacer.ingest.IngestProperties;
import io.pacer.support.kafka.DeadLetters;
import io.pacer.support.worker.WorkerWatchdog;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Reads {@code pacer.projects} into the {@link ProjectBook}: from the beginning on every start, to the end the topic
 * had then, before the web server takes requests (start waits up to {@link #CATCH_UP}; if Kafka is away longer, the
 * book says not ready and the project endpoints answer 503 until it has caught up). It then keeps following the topic,
 * so a change another instance published reaches this book, and the regions it touched are recounted; and every
 * {@code pacer.ingest.projects-refresh} it recounts all regions, so a new month gets its record (and a publish that
 * failed is made good) without a project changing. Plain
 * kafka-clients, because a binder binding cannot say when it has read to the end. A record that cannot be read goes
 * to {@code pacer.projects.dlq}.
 */
@Component
class ProjectFeed implements SmartLifecycle {

    static final String DEAD_LETTER_TOPIC = Topics.PROJECTS_DLQ;
    static final Duration CATCH_UP = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(ProjectFeed.class);

    private final KafkaProperties kafka;
    private final ProjectBook book;
    private final DerivedLedger derived;
    private final DeadLetters deadLetters;
    private final WorkerWatchdog watchdog;
    private final long refreshNanos;
    private final CountDownLatch caughtUp = new CountDownLatch(1);
    private volatile boolean running;
    private volatile KafkaConsumer<String, byte[]> consumer;

    ProjectFeed(KafkaProperties kafka, ProjectBook book, DerivedLedger derived, DeadLetters deadLetters,
            WorkerWatchdog watchdog, IngestProperties properties) {
        this.kafka = kafka;
        this.book = book;
        this.derived = derived;
        this.deadLetters = deadLetters;
        this.watchdog = watchdog;
        this.refreshNanos = properties.projectsRefresh().toNanos();
    }

    @Override
    public void start() {
        running = true;
        watchdog.start("project-feed", this::run);
        try {
            if (!caughtUp.await(CATCH_UP.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("pacer.projects was not read to its end within {}; the project register answers 503 until"
                        + " it is", CATCH_UP);
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(config())) {
            consumer = c;
            Map<TopicPartition, Long> end = null;
            long lastRefresh = System.nanoTime();
            while (running) {
                if (end == null) {
                    end = assign(c);
                    continue;
                }
                Set<String> changed = apply(c.poll(Duration.ofMillis(500)));
                if (!book.ready() && end.entrySet().stream().allMatch(e -> c.position(e.getKey()) >= e.getValue())) {
                    book.markReady();
                    caughtUp.countDown();
                    log.info("project register read from pacer.projects: {} projects", book.all().size());
                    derived.refreshAll();
                    lastRefresh = System.nanoTime();
                }
                else if (book.ready() && !changed.isEmpty()) {
                    derived.refresh(changed);
                }
                if (book.ready() && System.nanoTime() - lastRefresh >= refreshNanos) {
                    derived.refreshAll();
                    lastRefresh = System.nanoTime();
                }
            }
        }
        catch (WakeupException e) {
            // stopping
        }
    }

    /** Assigns every partition from its beginning; returns their end offsets, or null to try again. */
    private Map<TopicPartition, Long> assign(KafkaConsumer<String, byte[]> c) {
        try {
            List<TopicPartition> partitions = c.partitionsFor(Topics.PROJECTS, Duration.ofSeconds(5)).stream()
                    .map(p -> new TopicPartition(Topics.PROJECTS, p.partition())).toList();
            if (partitions.isEmpty()) {
                Thread.sleep(1000);
                return null;
            }
            c.assign(partitions);
            c.seekToBeginning(partitions);
            return new HashMap<>(c.endOffsets(partitions, Duration.ofSeconds(5)));
        }
        catch (org.apache.kafka.common.errors.TimeoutException e) {
            log.warn("pacer.projects is not reachable yet: {}", e.getMessage());
            return null;
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
            return null;
        }
    }

    /** Applies a poll to the book; returns the regions whose projects changed. */
    private Set<String> apply(Iterable<ConsumerRecord<String, byte[]>> records) {
        Set<String> regions = new HashSet<>();
        for (ConsumerRecord<String, byte[]> r : records) {
            try {
                book.apply(r.key(), ProjectJson.read(r.key(), r.value()), r.offset())
                        .ifPresent(change -> regions.addAll(change.regions()));
            }
            catch (RuntimeException e) {
                deadLetters.send(DEAD_LETTER_TOPIC, new DeadLetters.Rejected(r.topic(), r.partition(), r.offset(), r.key(),
                        r.value(), e));
            }
        }
        return regions;
    }

    private Map<String, Object> config() {
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return config;
    }

    @Override
    public void stop() {
        running = false;
        KafkaConsumer<String, byte[]> c = consumer;
        if (c != null) {
            c.wakeup();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Early: the book is read before the web server (and the binder's consumers) start. */
    @Override
    public int getPhase() {
        return 0;
    }
}
