package io.cartlog.app.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The few {@code /v1/payment_intents} endpoints stripe-java calls, on a local port: create (honouring
 * {@code Idempotency-Key}: the same key answers the same intent), retrieve, update and cancel. The
 * status a retrieve reports is the test's choice, and {@link Outcome#OUTAGE} answers every call 500.
 */
public final class LocalStripe implements AutoCloseable {

    public enum Outcome { AUTHORIZED, REQUIRES_ACTION, DECLINED, OUTAGE }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    public final Map<String, Map<String, Object>> intents = new ConcurrentHashMap<>();
    private final Map<String, String> byIdempotencyKey = new ConcurrentHashMap<>();
    private final AtomicInteger sequence = new AtomicInteger();
    public volatile Outcome outcome = Outcome.AUTHORIZED;

    public LocalStripe() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/v1/payment_intents", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private synchronized void handle(HttpExchange exchange) throws IOException {
        if (outcome == Outcome.OUTAGE) {
            answer(exchange, 500, Map.of("error", Map.of("type", "api_error", "message", "Stripe is down")));
            return;
        }
        String[] path = exchange.getRequestURI().getPath().split("/");
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        if (path.length == 3) {
            String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            String id = key == null ? null : byIdempotencyKey.get(key);
            if (id == null) {
                id = "pi_" + sequence.incrementAndGet();
                Map<String, Object> metadata = new LinkedHashMap<>();
                form.forEach((name, value) -> {
                    if (name.startsWith("metadata[")) {
                        metadata.put(name.substring(9, name.length() - 1), value);
                    }
                });
                Map<String, Object> intent = new LinkedHashMap<>(Map.of("id", id, "object", "payment_intent",
                        "amount", Long.parseLong(form.get("amount")), "currency", form.get("currency"),
                        "capture_method", form.get("capture_method"), "client_secret", id + "_secret_test",
                        "status", "requires_payment_method", "metadata", metadata));
                intents.put(id, intent);
                if (key != null) {
                    byIdempotencyKey.put(key, id);
                }
            }
            answer(exchange, 200, intents.get(id));
            return;
        }
        Map<String, Object> intent = intents.get(path[3]);
        if (intent == null) {
            answer(exchange, 404, Map.of("error", Map.of("type", "invalid_request_error", "message", "No such intent")));
        } else if (path.length == 5 && path[4].equals("cancel")) {
            intent.put("status", "canceled");
            answer(exchange, 200, intent);
        } else if (exchange.getRequestMethod().equals("POST")) {
            intent.put("amount", Long.parseLong(form.get("amount")));
            answer(exchange, 200, intent);
        } else {
            if (!"canceled".equals(intent.get("status"))) {
                intent.put("status", switch (outcome) {
                    case AUTHORIZED -> "requires_capture";
                    case REQUIRES_ACTION -> "requires_action";
                    default -> "requires_payment_method";
                });
            }
            answer(exchange, 200, intent);
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                form.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    private static void answer(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
