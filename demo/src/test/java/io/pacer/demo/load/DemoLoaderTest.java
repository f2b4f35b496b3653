package io.pacer.demo.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.pacer.demo.data.DemoCalendar;
import io.pacer.demo.data.DemoData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The loader against a local HTTP server that records the calls and answers as ingest and alert do: it uses only
 * the public endpoints, in the order a statistics office would, and each unit's figures go with that unit's token.
 */
class DemoLoaderTest {

    private record Call(String method, String path, String token, String body) {
    }

    private HttpServer server;
    private String base;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, String> tokenOwner = new ConcurrentHashMap<>();
    private final AtomicInteger issued = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/actuator/health/readiness", ex -> answer(ex, 200, "{\"status\":\"UP\"}"));
        server.createContext("/api/v1/", this::api);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void api(HttpExchange ex) throws IOException {
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String token = ex.getRequestHeaders().getFirst("Authorization").substring("Bearer ".length());
        String path = ex.getRequestURI().getPath();
        calls.add(new Call(ex.getRequestMethod(), path, token, body));
        if (path.equals("/api/v1/tokens")) {
            String issuedToken = "t" + issued.incrementAndGet();
            tokenOwner.put(issuedToken, body);
            answer(ex, 201, "{\"token\":\"" + issuedToken + "\"}");
        } else {
            answer(ex, path.startsWith("/api/v1/targets") ? 200 : 202, "{}");
        }
    }

    @Test
    void loadsRegistersThenOneTokenPerUnitThenTheZonesProjectsThenEachUnitsMonthsWithItsOwnTokenThenTargets() {
        DemoData data = DemoData.generate(DemoData.DEFAULT_SEED, DemoCalendar.of(LocalDate.of(2026, 11, 26)));
        LoaderConfig config = new LoaderConfig(base, base, base, "admin", data.seed(), Duration.ofSeconds(10), false);
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true);

        DemoLoader.LoadSummary summary = new DemoLoader(config, new RestClient(Duration.ofSeconds(10), out), out)
                .load(data);

        int units = data.submissionsByEntity().size();
        assertThat(calls.get(0).path()).isEqualTo("/api/v1/reference");
        assertThat(calls.get(0).token()).isEqualTo("admin");
        List<Call> tokens = calls.subList(1, 2 + units);
        assertThat(tokens).allMatch(c -> c.path().equals("/api/v1/tokens") && c.token().equals("admin"));
        int projects = data.projects().size();
        List<Call> registered = calls.subList(2 + units, 2 + units + projects);
        assertThat(registered).isNotEmpty().allMatch(c -> c.method().equals("PUT") && c.token().equals("admin")
                && c.path().startsWith("/api/v1/projects/hitech-") && c.body().contains("\"nanhu-hitech\""));
        List<Call> batches = calls.subList(2 + units + projects, 2 + 2 * units + projects);
        for (Call batch : batches) {
            JsonNode array = RestClient.JSON.readTree(batch.body());
            String entity = array.get(0).get("entityId").asString();
            assertThat(batch.path()).isEqualTo("/api/v1/submissions/batch");
            assertThat(tokenOwner.get(batch.token())).contains("\"REPORTER\"").contains("\"" + entity + "\"");
            assertThat(array.size()).isEqualTo(data.submissionsByEntity().get(entity).size());
        }
        List<Call> targets = calls.subList(2 + 2 * units + projects, calls.size());
        assertThat(targets).hasSize(data.targets().size())
                .allMatch(c -> c.method().equals("PUT") && c.path().startsWith("/api/v1/targets/2026/"));
        assertThat(tokenOwner.get(summary.officialToken())).contains("\"OFFICIAL\"").contains("\"nanhu\"");
    }

    private static void answer(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }
}
