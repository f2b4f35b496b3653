package io.pacer.alert.notify;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on localhost that records every POST and answers from a script: a status code (-1 to hang
 * longer than any test's timeout), or a 200 with a JSON body as DingTalk and WeCom robots answer. When the script
 * runs out it answers 200.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One POST: its body, its X-Pacer-Signature, its query string and its Host header. */
    public record Received(String body, String signature, String query, String host) {
    }

    private record Answer(int status, String body) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Deque<Answer> script = new ArrayDeque<>();

    public WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(body, exchange.getRequestHeaders().getFirst(Signatures.HEADER),
                    exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders().getFirst("Host")));
            Answer answer;
            synchronized (script) {
                answer = script.isEmpty() ? new Answer(200, null) : script.pop();
            }
            if (answer.status() < 0) {
                sleepQuietly(5000);
                answer = new Answer(200, null);
            }
            if (answer.body() == null) {
                exchange.sendResponseHeaders(answer.status(), -1);
            } else {
                byte[] json = answer.body().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(answer.status(), json.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(json);
                }
            }
            exchange.close();
        });
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    public WebhookReceiver answer(Integer... statuses) {
        synchronized (script) {
            for (Integer status : statuses) {
                script.add(new Answer(status, null));
            }
        }
        return this;
    }

    /** Answers 200 with these JSON bodies, one per POST. */
    public WebhookReceiver answerJson(String... bodies) {
        synchronized (script) {
            for (String body : bodies) {
                script.add(new Answer(200, body));
            }
        }
        return this;
    }

    public String url() {
        return "http://127.0.0.1:" + port() + "/hook";
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
