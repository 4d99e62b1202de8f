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
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The few endpoints stripe-java calls, on a local port: payment intents' create (honouring
 * {@code Idempotency-Key}: the same key answers the same intent), retrieve, update, cancel and
 * capture, and refunds' create. Capture and refund replay their first answer for a key they saw
 * and do nothing again, as Stripe does. The status a retrieve reports is the test's choice, and
 * {@link Outcome#OUTAGE} answers every call 500. {@link #requests} lists what reached the server.
 */
public final class LocalStripe implements AutoCloseable {

    public enum Outcome { AUTHORIZED, REQUIRES_ACTION, DECLINED, OUTAGE }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    public final Map<String, Map<String, Object>> intents = new ConcurrentHashMap<>();
    public final Map<String, Map<String, Object>> refunds = new ConcurrentHashMap<>();
    /** {@code "<method> <path>"} of every request, replays included. */
    public final List<String> requests = new CopyOnWriteArrayList<>();
    private final Map<String, String> byIdempotencyKey = new ConcurrentHashMap<>();
    /** The first answer of each capture and refund, by its idempotency key. */
    private final Map<String, Map<String, Object>> answered = new ConcurrentHashMap<>();
    private final AtomicInteger sequence = new AtomicInteger();
    public volatile Outcome outcome = Outcome.AUTHORIZED;

    public LocalStripe() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/v1/payment_intents", this::handle);
        server.createContext("/v1/refunds", this::refund);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private synchronized void handle(HttpExchange exchange) throws IOException {
        requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
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
        } else if (path.length == 5 && path[4].equals("capture")) {
            once(exchange, () -> capture(intent, form));
        } else if (exchange.getRequestMethod().equals("POST")) {
            intent.put("amount", Long.parseLong(form.get("amount")));
            answer(exchange, 200, intent);
        } else {
            if (!"canceled".equals(intent.get("status")) && !"succeeded".equals(intent.get("status"))) {
                intent.put("status", switch (outcome) {
                    case AUTHORIZED -> "requires_capture";
                    case REQUIRES_ACTION -> "requires_action";
                    default -> "requires_payment_method";
                });
            }
            answer(exchange, 200, intent);
        }
    }

    /** Takes {@code amount_to_capture} (default all) of an intent that requires capture. */
    private static Answer capture(Map<String, Object> intent, Map<String, String> form) {
        if (!"requires_capture".equals(intent.get("status"))) {
            return unexpectedState("This PaymentIntent could not be captured because it has a status of "
                    + intent.get("status"));
        }
        long amount = form.containsKey("amount_to_capture") ? Long.parseLong(form.get("amount_to_capture"))
                : (Long) intent.get("amount");
        intent.put("status", "succeeded");
        intent.put("amount_received", amount);
        return new Answer(200, new LinkedHashMap<>(intent));
    }

    private synchronized void refund(HttpExchange exchange) throws IOException {
        requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        once(exchange, () -> {
            Map<String, Object> intent = intents.get(form.get("payment_intent"));
            if (intent == null || !"succeeded".equals(intent.get("status"))) {
                return unexpectedState("The payment has not been captured");
            }
            long refundable = (Long) intent.get("amount_received") - (Long) intent.getOrDefault("amount_refunded", 0L);
            long amount = form.containsKey("amount") ? Long.parseLong(form.get("amount")) : refundable;
            if (amount > refundable) {
                return unexpectedState("Refund amount is greater than the unrefunded amount on the charge");
            }
            intent.put("amount_refunded", (Long) intent.getOrDefault("amount_refunded", 0L) + amount);
            Map<String, Object> refund = new LinkedHashMap<>(Map.of("id", "re_" + sequence.incrementAndGet(),
                    "object", "refund", "amount", amount, "payment_intent", intent.get("id"), "status", "succeeded",
                    "metadata", Map.of("cartlog_refund_id", form.getOrDefault("metadata[cartlog_refund_id]", ""))));
            refunds.put((String) refund.get("id"), refund);
            return new Answer(200, refund);
        });
    }

    /** Stripe's idempotency: a key seen before replays its first answer and does nothing again. */
    private void once(HttpExchange exchange, Supplier<Answer> work) throws IOException {
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        Map<String, Object> replayed = key == null ? null : answered.get(key);
        if (replayed != null) {
            answer(exchange, (Integer) replayed.get("status"), replayed.get("body"));
            return;
        }
        Answer first = work.get();
        if (key != null) {
            answered.put(key, Map.of("status", first.status(), "body", first.body()));
        }
        answer(exchange, first.status(), first.body());
    }

    private static Answer unexpectedState(String message) {
        return new Answer(400, Map.of("error", Map.of("type", "invalid_request_error",
                "code", "payment_intent_unexpected_state", "message", message)));
    }

    private record Answer(int status, Object body) {
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
