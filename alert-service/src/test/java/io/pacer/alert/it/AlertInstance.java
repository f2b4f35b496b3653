package io.pacer.alert.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import org.apache.kafka.common.TopicPartition;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

import io.pacer.alert.AlertApplication;
import io.pacer.alert.missing.MissingReports;
import io.pacer.alert.restore.Restorer;
import io.pacer.localstack.SharedMongo;

/**
 * One alert-service instance of a multi-instance test: its own application context and HTTP port, sharing the
 * broker and the MongoDB database with the others. Its clock stands at {@link #NOW} (and ticks on), so which months
 * are due does not depend on the day the test runs.
 */
final class AlertInstance implements AutoCloseable {

    static final Instant NOW = Instant.parse("2026-06-20T02:00:00Z");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final ConfigurableApplicationContext context;
    private final int port;
    private final String token;

    private AlertInstance(ConfigurableApplicationContext context, String token) {
        this.context = context;
        this.port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
        this.token = token;
    }

    static AlertInstance start(String brokers, String database, String token) {
        return new AlertInstance(new SpringApplicationBuilder(AlertApplication.class, JuneClock.class).run(
                "--server.port=0", "--spring.main.allow-bean-definition-overriding=true",
                "--spring.kafka.bootstrap-servers=" + brokers, "--spring.cloud.stream.kafka.binder.brokers=" + brokers,
                "--pacer.mongo.uri=" + SharedMongo.uri(), "--pacer.mongo.database=" + database,
                "--pacer.alert.missing-report.initial-delay=1h", "--pacer.alert.reference-wait=5s",
                "--pacer.alert.webhooks.allow-private=true"), token);
    }

    /**
     * The service's clock, moved to {@link #NOW}; it replaces the application's own. Not a {@code @Configuration}:
     * the application's component scan would find it in every other test's context.
     */
    static class JuneClock {

        @Bean
        Clock clock() {
            return Clock.offset(Clock.tick(Clock.systemUTC(), Duration.ofMillis(1)),
                    Duration.between(Instant.now(), NOW));
        }
    }

    Instant clockNow() {
        return context.getBean(Clock.class).instant();
    }

    void checkMissingReports() {
        context.getBean(MissingReports.class).checkAll();
    }

    Set<Integer> owned(String topic) {
        return context.getBean(Restorer.class).owned(topic).stream().map(TopicPartition::partition)
                .collect(Collectors.toSet());
    }

    HttpResponse<String> http(String method, String path, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    String get(String path) throws Exception {
        HttpResponse<String> response = http("GET", path, null);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " on :" + port + " answered " + response.statusCode() + " "
                    + response.body());
        }
        return response.body();
    }

    /** The lines of {@code GET /api/v1/alerts/stream} as they arrive, read on a thread of their own. */
    List<String> stream() {
        List<String> lines = new CopyOnWriteArrayList<>();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/alerts/stream?access_token=" + token)).build();
        HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> response.body().forEach(lines::add));
        return lines;
    }

    static void await(String what, Duration within, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(within);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within " + within + ": " + what);
            }
            Thread.sleep(200);
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
