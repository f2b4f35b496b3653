package io.pacer.aggregate.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.pacer.events.Topics;
import io.pacer.localstack.SharedMongo;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 13: the store writer died of an OutOfMemoryError and the instance went on answering UP. A context of its
 * own (its liveness is broken on purpose), closed after the test; exiting the JVM is turned off for it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "spring.cloud.stream.kafka.binder.brokers=${spring.embedded.kafka.brokers}",
        "pacer.workers.exit-on-error=false"})
@EmbeddedKafka(partitions = 1, topics = {Topics.SUBMISSIONS, Topics.REFERENCE, Topics.FIGURES, Topics.REGION_TOTALS})
@DirtiesContext
class WorkerDeathIT {

    private static final String DATABASE = SharedMongo.uniqueDatabase("aggregate_death");

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("pacer.mongo.uri", SharedMongo::uri);
        registry.add("pacer.mongo.database", () -> DATABASE);
    }

    @Autowired
    StoreWriter writer;
    @LocalServerPort
    int port;

    private int status(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void whenTheStoreWriterDiesHealthAndLivenessAreDownAtOnce() throws Exception {
        assertThat(status("/actuator/health/liveness")).isEqualTo(200);
        writer.beforeEachWrite(() -> {
            // an Error, as the OutOfMemoryError of the issue was (a real one would also stop the test JVM)
            throw new InternalError("injected into the store writer");
        });
        writer.enqueue(List.of(), List.of(), List.of(), Map.of("pacer.submissions-0", 0L), false, List.of());
        // the thread dies of the Error: Awaitility would otherwise fail the test with it
        await().dontCatchUncaughtExceptions().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(status("/actuator/health")).isEqualTo(503);
            assertThat(status("/actuator/health/liveness")).isEqualTo(503);
        });
    }
}
