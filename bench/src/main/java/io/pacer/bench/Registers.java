package io.pacer.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Registers the city through ingest-service's public API, as a statistics office would: the bulk
 * {@code POST /api/v1/reference} (regions and indicators, then the entities in chunks under the body limit), and
 * REPORTER tokens via {@code POST /api/v1/tokens}.
 */
final class Registers {

    private static final int ENTITIES_PER_DOCUMENT = 1000;

    private Registers() {
    }

    static void load(Http http, String ingest, String adminToken, CityModel model, PrintStream out) {
        long started = System.nanoTime();
        for (Map<String, Object> document : model.referenceDocuments(ENTITIES_PER_DOCUMENT)) {
            Http.Answer a = retried(() -> http.post(ingest + "/api/v1/reference", adminToken, document));
            if (!a.ok()) {
                throw new BenchException("POST /api/v1/reference answered " + a.status() + ": " + a.body());
            }
        }
        out.printf("  registered %d regions, %d indicators, %d entities in %.1f s%n",
                1 + model.districts().size() + model.towns().size(), model.indicators().size(),
                model.entities().size(), (System.nanoTime() - started) / 1e9);
    }

    /** One REPORTER token per group of entity ids. */
    static List<String> reporterTokens(Http http, String ingest, String adminToken, List<List<String>> groups) {
        List<String> tokens = new ArrayList<>();
        for (List<String> entityIds : groups) {
            Http.Answer a = retried(() -> http.post(ingest + "/api/v1/tokens", adminToken,
                    Map.of("role", "REPORTER", "entityIds", entityIds, "regionIds", List.of())));
            if (!a.ok()) {
                throw new BenchException("POST /api/v1/tokens answered " + a.status() + ": " + a.body());
            }
            tokens.add(a.json().get("token").asString());
        }
        return tokens;
    }

    /** A 503 (Kafka busy), a 401 (the bootstrap token not read back yet) or a dropped connection is tried again. */
    private static Http.Answer retried(java.util.function.Supplier<Http.Answer> call) {
        Http.Answer a = call.get();
        for (int attempt = 1; attempt < 30 && (a.status() == 0 || a.status() == 503 || a.status() == 401); attempt++) {
            Stack.sleep(1000);
            a = call.get();
        }
        return a;
    }
}
