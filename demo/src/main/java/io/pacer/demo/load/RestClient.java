package io.pacer.demo.load;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.pacer.events.PacerJson;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON over HTTP to Pacer's public API. A 503 (Kafka busy) or a refused connection is retried politely, after
 * {@code Retry-After} when given; a 4xx fails at once with the service's problem+json in the message.
 */
public class RestClient {

    /** Nulls are left out: the services read bodies strictly, and an absent field means "not given". */
    static final JsonMapper JSON = PacerJson.configure(JsonMapper.builder())
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Duration retryFor;
    private final PrintStream out;

    public RestClient(Duration retryFor, PrintStream out) {
        this.retryFor = retryFor;
        this.out = out;
    }

    /** Waits until {@code base}/actuator/health/readiness answers 200. */
    public void awaitReady(String name, String base, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        URI uri = URI.create(base + "/actuator/health/readiness");
        boolean told = false;
        while (true) {
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET()
                        .build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ApiException(0, "interrupted while waiting for " + name);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new ApiException(0, name + " is not ready at " + uri + " after " + timeout.toSeconds() + " s");
            }
            if (!told) {
                out.println("  waiting for " + name + " (" + uri + ")");
                told = true;
            }
            sleep(Duration.ofSeconds(2));
        }
    }

    public JsonNode send(String method, String url, String token, Object body) {
        return send(method, url, token, body, 0);
    }

    /**
     * Sends and returns the answer's JSON (or null when empty). {@code unauthorizedRetries}: how many times a 401 is
     * retried, for a service that may not yet have read a freshly published token from pacer.reference.
     */
    public JsonNode send(String method, String url, String token, Object body, int unauthorizedRetries) {
        byte[] bytes = body == null ? null : JSON.writeValueAsBytes(body);
        Instant deadline = Instant.now().plus(retryFor);
        int unauthorized = 0;
        while (true) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                    .method(method, bytes == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(bytes));
            if (bytes != null) {
                request.header("Content-Type", "application/json");
            }
            Duration wait;
            try {
                HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                int status = r.statusCode();
                if (status >= 200 && status < 300) {
                    return r.body() == null || r.body().isBlank() ? null : JSON.readTree(r.body());
                }
                if (status == 401 && unauthorized++ < unauthorizedRetries) {
                    wait = Duration.ofSeconds(1);
                } else if (status == 503) {
                    wait = Duration.ofSeconds(r.headers().firstValue("Retry-After").map(RestClient::seconds)
                            .orElse(2L));
                    out.println("  " + method + " " + url + ": 503, retrying in " + wait.toSeconds() + " s");
                } else {
                    throw new ApiException(status, method + " " + url + " answered " + status + ":\n" + r.body());
                }
            } catch (IOException e) {
                wait = Duration.ofSeconds(2);
                out.println("  " + method + " " + url + ": " + e + ", retrying");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ApiException(0, "interrupted: " + method + " " + url);
            }
            if (Instant.now().plus(wait).isAfter(deadline)) {
                throw new ApiException(503, method + " " + url + " still unavailable after " + retryFor.toSeconds()
                        + " s");
            }
            sleep(wait);
        }
    }

    private static long seconds(String retryAfter) {
        try {
            return Math.max(1, Math.min(30, Long.parseLong(retryAfter.trim())));
        } catch (NumberFormatException e) {
            return 2;
        }
    }

    static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
