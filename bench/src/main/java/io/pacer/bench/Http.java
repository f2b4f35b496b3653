package io.pacer.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import io.pacer.events.PacerJson;
import tools.jackson.databind.JsonNode;

/** JSON over HTTP/1.1 with a bearer token; one shared client (its connection pool serves every sender thread). */
final class Http {

    record Answer(int status, String body) {

        JsonNode json() {
            return PacerJson.mapper().readTree(body);
        }

        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    Answer get(String url, String token) {
        return send(request(url, token).GET().build());
    }

    /** A text page (the Prometheus scrape answers 406 to Accept: application/json). */
    Answer getText(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Accept", "text/plain").GET().build());
    }

    CompletableFuture<Answer> getAsync(String url, String token) {
        return client.sendAsync(request(url, token).GET().build(), HttpResponse.BodyHandlers.ofString())
                .thenApply(r -> new Answer(r.statusCode(), r.body()));
    }

    Answer post(String url, String token, Object body) {
        return postBytes(url, token, PacerJson.write(body));
    }

    Answer put(String url, String token, Object body) {
        return send(request(url, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(PacerJson.write(body))).build());
    }

    Answer postBytes(String url, String token, byte[] body) {
        return send(request(url, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /** True when {@code base}/actuator/health/readiness answers 200. */
    boolean ready(String base) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static HttpRequest.Builder request(String url, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        return token == null ? b : b.header("Authorization", "Bearer " + token);
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.body());
        } catch (IOException e) {
            return new Answer(0, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchException("interrupted: " + request.method() + " " + request.uri());
        }
    }
}
