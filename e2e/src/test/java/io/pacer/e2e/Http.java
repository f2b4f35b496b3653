package io.pacer.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import io.pacer.events.PacerJson;
import tools.jackson.databind.JsonNode;

/** The REST calls of the ITs (JDK HttpClient, Pacer's JSON settings) and polling with a deadline. */
final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Http() {
    }

    record Answer(int status, String body) {
        JsonNode json() {
            return PacerJson.mapper().readTree(body);
        }

        Answer expect(int... accepted) {
            for (int s : accepted) {
                if (s == status) {
                    return this;
                }
            }
            throw new AssertionError("HTTP " + status + ": " + body);
        }
    }

    static Answer send(String method, String url, String token, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(PacerJson.write(body)));
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            return new Answer(0, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode get(String url, String token) {
        return send("GET", url, token, null).expect(200).json();
    }

    /** Polls until the probe gives a non-null value; fails with the last thing seen at the deadline. */
    static <T> T await(String what, Duration timeout, Supplier<T> probe) {
        Instant deadline = Instant.now().plus(timeout);
        Object last = null;
        while (true) {
            try {
                T found = probe.get();
                if (found != null) {
                    return found;
                }
            } catch (IllegalStateException e) {
                throw new AssertionError(what + ": " + e.getMessage(), e);
            } catch (RuntimeException | AssertionError e) {
                last = e;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within " + timeout.toSeconds() + " s: " + what
                        + (last == null ? "" : " (last: " + last + ")"));
            }
            sleep(250);
        }
    }

    static void awaitReady(String service, String base, Duration timeout, Path log, Process process) {
        try {
            await(service + " ready at " + base, timeout, () -> {
                if (!process.isAlive()) {
                    throw new IllegalStateException(service + " exited with " + process.exitValue());
                }
                Answer a = send("GET", base + "/actuator/health/readiness", null, null);
                return a.status() == 200 ? a : null;
            });
        } catch (AssertionError e) {
            String tail = "";
            try {
                var lines = Files.readAllLines(log);
                tail = String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
            } catch (IOException ignored) {
                // the assertion below says where the log is
            }
            throw new AssertionError(e.getMessage() + "; log " + log + ":\n" + tail, e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
