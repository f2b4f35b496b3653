package io.pacer.e2e;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import io.pacer.events.PacerJson;
import tools.jackson.databind.JsonNode;

/** A webhook endpoint as an official's system would run it: records every POST it gets and answers 200. */
final class WebhookReceiver implements AutoCloseable {

    private final HttpServer server;
    private final List<JsonNode> received = new CopyOnWriteArrayList<>();

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            try (exchange) {
                byte[] body = exchange.getRequestBody().readAllBytes();
                received.add(PacerJson.mapper().readTree(body));
                exchange.sendResponseHeaders(200, -1);
            }
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** The posts whose top-level status is the given one ("firing" or "resolved"). */
    List<JsonNode> withStatus(String status) {
        return received.stream().filter(p -> status.equals(p.path("status").asString())).toList();
    }

    List<JsonNode> all() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
