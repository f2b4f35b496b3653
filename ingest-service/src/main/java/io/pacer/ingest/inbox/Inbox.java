package io.pacer.ingest.inbox;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import io.pacer.events.Topics;
import io.pacer.ingest.IngestProperties;
import io.pacer.ingest.register.RegisterStore;
import io.pacer.ingest.submission.LedgerRecords;
import io.pacer.ingest.submission.SubmissionChecks;
import io.pacer.ingest.submission.SubmissionRequest;
import io.pacer.support.security.TokenDirectory;
import io.pacer.support.web.PacerWebProperties;
import io.pacer.support.web.StrictJson;
import io.pacer.support.worker.WorkerWatchdog;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The Kafka inbox ({@code pacer.inbox}, DESIGN.md "Kafka inbox"), when {@code pacer.ingest.inbox.enabled} (the
 * default): one worker thread per instance, in consumer group {@code ingest-inbox}. It joins the group only once
 * the registers and tokens have caught up with {@code pacer.reference} (or {@link #REGISTERS_WAIT} passed), so a
 * backlog is not judged against registers still loading.
 */
@Component
class Inbox implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Inbox.class);
    static final Duration REGISTERS_WAIT = Duration.ofSeconds(60);

    private final IngestProperties properties;
    private final KafkaProperties kafka;
    private final RegisterStore registers;
    private final WorkerWatchdog watchdog;
    private final Supplier<InboxWorker> workers;
    private volatile InboxWorker worker;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private volatile Thread thread;

    Inbox(IngestProperties properties, KafkaProperties kafka, TokenDirectory tokens, JsonMapper jsonMapper,
            PacerWebProperties web, SubmissionChecks checks, LedgerRecords ledgerRecords, InboxKeyStore keyStore,
            RegisterStore registers, WorkerWatchdog watchdog, MeterRegistry meters, Clock clock) {
        this.properties = properties;
        this.kafka = kafka;
        this.registers = registers;
        this.watchdog = watchdog;
        InboxScreen screen = new InboxScreen(tokens, StrictJson.strict(jsonMapper).readerFor(SubmissionRequest.class),
                web.maxBodySize().toBytes());
        InboxPoll poll = new InboxPoll(screen, checks, ledgerRecords, keyStore);
        InboxCounters counters = new InboxCounters(meters);
        this.workers = () -> new InboxWorker(poll,
                new InboxTransactions(() -> new KafkaProducer<>(InboxKafka.producer(kafka, properties))), keyStore,
                ledgerRecords, counters, clock, properties.inbox().retryBackoff());
    }

    /** Starts a worker; again after {@link #stop} too (a test context paused in Spring's cache is started again). */
    @Override
    public void start() {
        if (properties.inbox().enabled() && thread == null) {
            InboxWorker started = workers.get();
            worker = started;
            thread = watchdog.start("inbox-consumer", () -> run(started));
        }
    }

    private void run(InboxWorker worker) {
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(InboxKafka.consumer(kafka, properties))) {
            consumer = c;
            awaitRegisters(c, worker);
            c.subscribe(List.of(Topics.INBOX));
            log.info("reading {} (group {}, transactional id {})", Topics.INBOX, InboxKafka.GROUP,
                    InboxKafka.transactionalId(properties));
            worker.run(c);
        }
        catch (WakeupException e) {
            // stopped while waiting for the registers
        }
        finally {
            worker.close();
        }
    }

    private void awaitRegisters(KafkaConsumer<String, byte[]> c, InboxWorker worker) {
        TopicPartition reference = new TopicPartition(Topics.REFERENCE, 0);
        long end = -1;
        while (end < 0 && worker.running()) {
            try {
                end = c.endOffsets(List.of(reference), properties.kafkaTimeout()).getOrDefault(reference, 0L);
            }
            catch (WakeupException e) {
                throw e;
            }
            catch (RuntimeException e) {
                log.warn("cannot read the end of {} yet: {}", Topics.REFERENCE, e.toString());
                sleep(properties.inbox().retryBackoff());
            }
        }
        long deadline = System.nanoTime() + REGISTERS_WAIT.toNanos();
        while (worker.running() && registers.topicOffset() < end - 1 && System.nanoTime() < deadline) {
            sleep(Duration.ofMillis(100));
        }
        if (worker.running() && registers.topicOffset() < end - 1) {
            log.warn("the registers read {} up to offset {} of {}; the inbox starts anyway", Topics.REFERENCE,
                    registers.topicOffset(), end);
        }
    }

    @Override
    public void stop() {
        InboxWorker w = worker;
        if (w != null) {
            w.stop();
        }
        KafkaConsumer<String, byte[]> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        Thread t = thread;
        if (t != null) {
            try {
                t.join(properties.kafkaTimeout().toMillis() + 5_000);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        thread = null;
        consumer = null;
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
