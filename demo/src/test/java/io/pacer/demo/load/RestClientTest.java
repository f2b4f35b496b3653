package io.pacer.demo.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.pacer.demo.data.DemoCalendar;
import io.pacer.demo.data.DemoData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client against a real local HTTP server that answers like the services do. */
class RestClientTest {

    private HttpServer server;
    private String base;
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private final RestClient client = new RestClient(Duration.ofSeconds(20), new PrintStream(log, true));

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void a503IsRetriedAfterRetryAfterUntilTheServiceTakesTheWrite() {
        AtomicInteger calls = new AtomicInteger();
        server.createContext("/api/v1/submissions/batch", ex -> {
            bodies.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            if (calls.incrementAndGet() == 1) {
                ex.getResponseHeaders().add("Retry-After", "1");
                answer(ex, 503, "application/problem+json", "{\"status\":503}");
            } else {
                answer(ex, 202, "application/json", "{\"submissionIds\":[\"s1\"]}");
            }
        });

        var answer = client.send("POST", base + "/api/v1/submissions/batch", "t", List.of());

        assertThat(calls).hasValue(2);
        assertThat(answer.get("submissionIds").get(0).asString()).isEqualTo("s1");
        assertThat(bodies).containsExactly("[]", "[]");
    }

    @Test
    void a4xxFailsAtOnceWithTheProblemJsonInTheMessage() {
        AtomicInteger calls = new AtomicInteger();
        server.createContext("/api/v1/reference", ex -> {
            calls.incrementAndGet();
            answer(ex, 422, "application/problem+json",
                    "{\"status\":422,\"errors\":[{\"field\":\"entities[0].regionId\",\"message\":\"unknown\"}]}");
        });

        assertThatThrownBy(() -> client.send("POST", base + "/api/v1/reference", "t", List.of()))
                .isInstanceOf(ApiException.class).hasMessageContaining("422")
                .hasMessageContaining("entities[0].regionId");
        assertThat(calls).hasValue(1);
    }

    @Test
    void readinessIsAwaitedUntilTheProbeAnswers200() {
        AtomicInteger probes = new AtomicInteger();
        server.createContext("/actuator/health/readiness", ex -> answer(ex,
                probes.incrementAndGet() < 2 ? 503 : 200, "application/json", "{}"));

        client.awaitReady("ingest", base, Duration.ofSeconds(20));

        assertThat(probes).hasValue(2);
    }

    @Test
    void bodiesCarryNoNullsNoSchemaVersionAndPlainNumbers() throws Exception {
        DemoData data = DemoData.generate(DemoData.DEFAULT_SEED, DemoCalendar.of(java.time.LocalDate.of(2026, 11, 26)));

        String reference = RestClient.JSON.writeValueAsString(data.reference());
        String zoneFinance = RestClient.JSON.writeValueAsString(data.submissionsByEntity().get("nanhu-hitech-fin"));
        String target = RestClient.JSON.writeValueAsString(data.targets().get(0).body());

        assertThat(reference).doesNotContain("null").doesNotContain("schemaVersion")
                .contains("\"id\":\"yunjiang\",\"name\":\"云江市\",\"nameEn\":\"Yunjiang City\",\"level\":\"CITY\"");
        assertThat(zoneFinance).contains("{\"entityId\":\"nanhu-hitech-fin\",\"period\":\"2026-02\",\"figures\":"
                + "[{\"indicator\":\"fiscal_revenue\",\"value\":24600,\"priorYearValue\":15452}]}");
        assertThat(target).isEqualTo("{\"annualTarget\":165000,\"growthTargetPct\":30,\"curve\":\"SEASONAL\"}");
    }

    private static void answer(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }
}
