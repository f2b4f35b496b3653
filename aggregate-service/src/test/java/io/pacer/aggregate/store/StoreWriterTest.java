package io.pacer.aggregate.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.pacer.aggregate.figure.RegionFigure;
import io.pacer.events.Period;
import io.pacer.events.Ranks;
import io.pacer.localstack.MongoWireServer;
import io.pacer.support.worker.WorkerWatchdog;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.support.GenericApplicationContext;

/** The write-behind against a real MongoDB-wire server, one of its own so it can be stopped. */
class StoreWriterTest {

    private MongoWireServer server;
    private MongoClient client;
    private StoreWriter writer;
    private final List<String> deadLetters = new CopyOnWriteArrayList<>();
    private final GenericApplicationContext context = new GenericApplicationContext();
    private final WorkerWatchdog watchdog = new WorkerWatchdog(context, false);

    StoreWriterTest() {
        context.registerBean(ApplicationAvailabilityBean.class);
        context.refresh();
        AvailabilityChangeEvent.publish(context, LivenessState.CORRECT);
    }

    private FigureStore start(int port) {
        server = MongoWireServer.inMemory().start(port);
        client = MongoClients.create(server.uri() + "/?serverSelectionTimeoutMS=500&connectTimeoutMS=500");
        FigureStore store = new FigureStore(client.getDatabase("writer_test"));
        writer = new StoreWriter(store, Duration.ofSeconds(2), new SimpleMeterRegistry(),
                (topic, kind, id, failure) -> deadLetters.add(topic + " " + kind + " " + id + ": " + failure),
                watchdog);
        return store;
    }

    @AfterEach
    void stop() {
        writer.destroy();
        client.close();
        server.close();
        context.close();
    }

    /** A ranking of D1's towns for revenue; {@code version} is its one figure's {@code reported}. */
    private static Documents.Ranking ranking(String id, int version) {
        String period = id.substring(id.lastIndexOf('|') + 1);
        return new Documents.Ranking("D1", "revenue", period, List.of(new RegionFigure("T1", "D1", "revenue",
                Period.parse(period), BigDecimal.TEN, null, null, 100.0, version, 10, Ranks.NONE, Ranks.NONE)));
    }

    private static List<Integer> versions(FigureStore store) {
        return store.collection(FigureStore.RANKINGS).find()
                .map(d -> Documents.figuresOf(d).get(0).getInteger("reported")).into(new java.util.ArrayList<>());
    }

    @Test
    void aDrainedWriterHasStoredTheLatestVersionOfEveryDocumentAndTheHighestCheckpoint() {
        FigureStore store = start(0);
        for (int version = 1; version <= 50; version++) {
            writer.enqueue(List.of(), List.of(), List.of(ranking("D1|revenue|2026-0" + (1 + version % 3), version)),
                    Map.of("pacer.submissions-0", (long) version), false, List.of());
        }
        writer.drain(Duration.ofSeconds(10));
        assertThat(writer.isIdle()).isTrue();
        assertThat(versions(store)).containsExactlyInAnyOrder(48, 49, 50);
        assertThat(store.checkpoint("pacer.submissions-0")).isEqualTo(50L);
    }

    @Test
    void aBacklogsFlushesWaitToBeStoredTogetherUntilOneIsNeededAtOnce() throws Exception {
        FigureStore store = start(0);
        writer.enqueue(List.of(), List.of(), List.of(ranking("D1|revenue|2026-01", 1)),
                Map.of("pacer.submissions-0", 1L), false, List.of());
        writer.drain(Duration.ofSeconds(10));
        writer.enqueue(List.of(), List.of(), List.of(ranking("D1|revenue|2026-02", 2)),
                Map.of("pacer.submissions-0", 5L), true, List.of());
        writer.enqueue(List.of(), List.of(), List.of(ranking("D1|revenue|2026-03", 3)),
                Map.of("pacer.submissions-0", 8L), true, List.of());
        Thread.sleep(500);
        assertThat(store.collection(FigureStore.RANKINGS).countDocuments()).isEqualTo(1);
        assertThat(store.checkpoint("pacer.submissions-0")).isEqualTo(1L);
        writer.enqueue(List.of(), List.of(), List.of(ranking("D1|revenue|2026-04", 4)),
                Map.of("pacer.submissions-0", 9L), false, List.of());
        writer.drain(Duration.ofSeconds(10));
        assertThat(store.collection(FigureStore.RANKINGS).countDocuments()).isEqualTo(4);
        assertThat(store.checkpoint("pacer.submissions-0")).isEqualTo(9L);
    }

    @Test
    void rankingsWhoseEventsKafkaDidNotTakeAreNotStoredAndThePartitionsAreTold() {
        FigureStore store = start(0);
        Document row = new Document("_id", "T1|revenue|2026").append("partition", "pacer.region-totals-0");
        writer.enqueue(List.of(row), List.of(), List.of(ranking("D1|revenue|2026-01", 1)), Map.of("pacer.region-totals-0", 4L),
                false, List.of(new Sent(CompletableFuture.failedFuture(
                        new org.apache.kafka.common.errors.TimeoutException("broker away")), "figure event", "T1")));
        writer.drain(Duration.ofSeconds(10));
        assertThat(writer.publishFailures()).isEqualTo(1);
        assertThat(store.collection(FigureStore.RANKINGS).countDocuments()).isZero();
        // the totals received and the position they reached are state, not output: they are kept
        assertThat(store.checkpoint("pacer.region-totals-0")).isEqualTo(4L);
        assertThat(store.collection(FigureStore.CHILD_TOTALS).countDocuments()).isEqualTo(1);
        assertThat(deadLetters).isEmpty();
    }

    @Test
    void anEventKafkaRefusesForItsSizeIsDeadLetteredAndItsRankingStillStored() {
        FigureStore store = start(0);
        writer.enqueue(List.of(), List.of(), List.of(ranking("D1|revenue|2026-01", 1)), Map.of("pacer.submissions-0", 3L),
                false, List.of(new Sent(CompletableFuture.failedFuture(
                        new RecordTooLargeException("too large")), "figure event", "T1|revenue|2026-01")));
        writer.drain(Duration.ofSeconds(10));
        assertThat(writer.publishFailures()).isZero();
        assertThat(deadLetters).singleElement().asString()
                .startsWith("pacer.submissions.dlq figure event T1|revenue|2026-01");
        assertThat(store.checkpoint("pacer.submissions-0")).isEqualTo(3L);
    }

    /** Issue 13: a figure whose plain text is 17 million characters, more than a BSON document may hold. */
    @Test
    void aRankingThatCannotBeEncodedIsDeadLetteredAndTheRestOfItsWriteIsStored() {
        FigureStore store = start(0);
        Documents.Ranking hostile = new Documents.Ranking("D1", "revenue", "2026-02", List.of(new RegionFigure("T1",
                "D1", "revenue", Period.parse("2026-02"), new BigDecimal("1E-17000000"), null, null, 100.0, 1, 1,
                Ranks.NONE, Ranks.NONE)));
        writer.enqueue(List.of(), List.of(), List.of(ranking("D1|revenue|2026-01", 1), hostile, ranking("D1|revenue|2026-03", 3)),
                Map.of("pacer.submissions-0", 12L), false, List.of());
        writer.drain(Duration.ofSeconds(30));
        assertThat(versions(store)).containsExactlyInAnyOrder(1, 3);
        assertThat(store.checkpoint("pacer.submissions-0")).isEqualTo(12L);
        assertThat(deadLetters).singleElement().asString()
                .startsWith("pacer.submissions.dlq ranking D1|revenue|2026-02").contains("BsonMaximumSizeExceeded");
        // the writer goes on
        writer.enqueue(List.of(), List.of(), List.of(ranking("D1|revenue|2026-04", 4)), Map.of("pacer.submissions-0", 13L),
                false, List.of());
        writer.drain(Duration.ofSeconds(10));
        assertThat(store.checkpoint("pacer.submissions-0")).isEqualTo(13L);
        assertThat(watchdog.anyDead()).isFalse();
    }

    @Test
    void aWriterThreadKilledByAnErrorIsReportedDeadAndTheInstanceNotLive() throws Exception {
        start(0);
        writer.beforeEachWrite(() -> {
            throw new OutOfMemoryError("injected");
        });
        writer.enqueue(List.of(), List.of(), List.of(ranking("D1|revenue|2026-01", 1)), Map.of("pacer.submissions-0", 1L),
                false, List.of());
        await().dontCatchUncaughtExceptions().atMost(Duration.ofSeconds(10)).until(watchdog::anyDead);
        assertThat(watchdog.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(watchdog.health().getDetails()).containsKey("aggregate-store-writer");
        assertThat(context.getBean(ApplicationAvailability.class).getLivenessState())
                .isEqualTo(LivenessState.BROKEN);
    }

    @Test
    void writesThatFailWhileMongoIsAwayAreStoredWhenItIsBack() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        start(port);
        server.close();
        writer.enqueue(List.of(), List.of(), List.of(ranking("D1|revenue|2026-01", 1)),
                Map.of("pacer.submissions-0", 7L), false, List.of());
        Thread.sleep(1500);
        writer.enqueue(List.of(), List.of(), List.of(ranking("D1|revenue|2026-02", 2)),
                Map.of("pacer.submissions-0", 9L), false, List.of());
        assertThat(writer.isIdle()).isFalse();
        server = MongoWireServer.inMemory().start(port);
        writer.drain(Duration.ofSeconds(20));
        FigureStore store = new FigureStore(client.getDatabase("writer_test"));
        assertThat(store.collection(FigureStore.RANKINGS).countDocuments()).isEqualTo(2);
        assertThat(store.checkpoint("pacer.submissions-0")).isEqualTo(9L);
    }

    /**
     * Every partition's flushes share the writer: a partition waiting for what it queued must not also wait for what
     * the others queue after it (under steady load the queue is never empty).
     */
    @Test
    void aDrainWaitsForWhatWasQueuedBeforeItNotForWhatOthersQueueAfter() throws Exception {
        FigureStore store = start(0);
        CountDownLatch firstWriteStarted = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        CountDownLatch releaseLater = new CountDownLatch(1);
        AtomicInteger writes = new AtomicInteger();
        writer.beforeEachWrite(() -> {
            try {
                if (writes.incrementAndGet() == 1) {
                    firstWriteStarted.countDown();
                    releaseFirst.await();
                } else {
                    releaseLater.await();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        writer.enqueue(List.of(), List.of(), List.of(ranking("D1|revenue|2026-01", 1)), Map.of("pacer.submissions-0", 1L),
                false, List.of());
        assertThat(firstWriteStarted.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> drained = new CompletableFuture<>();
        Thread drainer = new Thread(() -> {
            writer.drain(Duration.ofSeconds(20));
            drained.complete(null);
        });
        drainer.start();
        // the drain waits for the write under way: from now on what is queued comes after it
        await().atMost(Duration.ofSeconds(5)).until(() -> drainer.getState() == Thread.State.TIMED_WAITING);
        writer.enqueue(List.of(), List.of(), List.of(ranking("D1|revenue|2026-02", 2)), Map.of("pacer.submissions-1", 1L),
                false, List.of());
        releaseFirst.countDown();
        try {
            drained.get(10, TimeUnit.SECONDS);
            assertThat(store.checkpoint("pacer.submissions-0")).isEqualTo(1L);
            assertThat(store.checkpoint("pacer.submissions-1")).as("held in its write").isNull();
        } finally {
            releaseLater.countDown();
        }
        writer.drain(Duration.ofSeconds(10));
        assertThat(store.checkpoint("pacer.submissions-1")).isEqualTo(1L);
    }
}
