package io.cartlog.app.support;

import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;

/**
 * A webhook subscriber's endpoint on a local port: keeps every request it gets, and answers with
 * the status its script gives for the n-th request (204 unless told otherwise), after an
 * optional delay.
 */
public final class WebhookReceiver implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One request, whatever was answered. */
    public record Request(Map<String, List<String>> headers, String body, int answered, Instant at) {

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public boolean accepted() {
            return answered / 100 == 2;
        }
    }

    public final List<Request> requests = new CopyOnWriteArrayList<>();
    private final HttpServer server;
    private final AtomicInteger count = new AtomicInteger();
    private volatile IntUnaryOperator script = n -> 204;
    private volatile long delayMillis;

    public WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = script.applyAsInt(count.incrementAndGet());
            sleep(delayMillis);
            requests.add(new Request(Map.copyOf(exchange.getRequestHeaders()), body, status, Instant.now()));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    /** Answers the n-th request (from 1) with {@code script.applyAsInt(n)}. */
    public WebhookReceiver answering(IntUnaryOperator script) {
        this.script = script;
        return this;
    }

    public WebhookReceiver delaying(long millis) {
        this.delayMillis = millis;
        return this;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/webhooks";
    }

    /** The events answered with 2xx, in the order they were answered. */
    public List<JsonNode> accepted() {
        return requests.stream().filter(Request::accepted).map(Request::json).toList();
    }

    /** Accepted events about one resource, first receipt of each {@code webhook-id} only. */
    public List<JsonNode> acceptedFor(String resourceId) {
        List<String> seen = new CopyOnWriteArrayList<>();
        return accepted().stream().filter(event -> event.at("/resource/id").asString().equals(resourceId))
                .filter(event -> !seen.contains(event.path("id").asString()) && seen.add(event.path("id").asString()))
                .toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static void sleep(long millis) {
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
