import com.sun.net.httpserver.HttpServer;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Webhook delivery against a running Cartlog, to a receiver in this process:
 * 1. live: CLIENTS shoppers make carts of three items for SECONDS; every event goes to the
 *    receiver; prints events and deliveries per second and the latency from the event's commit
 *    (its created_at) to its arrival, p50/p99;
 * 2. the same with a second subscription whose receiver is down (nothing listens on its port);
 * 3. replay: the whole history sent again to a new subscription, as fast as Cartlog can: the
 *    delivery rate when events are not the bottleneck; REPLAYS times, each to a new subscription.
 * Before them, WARM_UP seconds of the live step, not measured.
 * Run by bench/webhooks.sh; by hand: java bench/Webhooks.java URL ADMIN_KEY PUBLISHABLE_KEY VARIANT CLIENTS SECONDS [REPLAYS [WARM_UP]]
 */
public class Webhooks {

    static final Pattern CART_ID = Pattern.compile("\"cart\":\\{\"id\":\"(cart_[^\"]+)\"");
    static final Pattern WEBHOOK_ID = Pattern.compile("\"webhook\":\\{\"id\":\"(wh_[^\"]+)\"");
    static final Pattern EVENT_ID = Pattern.compile("\"id\":\"(evt_[0-9a-f]+)\"");
    static final Pattern CREATED_AT = Pattern.compile("\"created_at\":\"([^\"]+)\"");

    static final int ITEMS_PER_CART = 3;
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    static String base, adminKey, publishableKey;

    /** What the receiver got: per event id the first arrival, and the latency from commit. */
    static final Set<String> received = ConcurrentHashMap.newKeySet();
    static final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    static final AtomicLong requests = new AtomicLong();
    /** Cart events written by all live steps: what a replay of the whole history delivers. */
    static final AtomicLong written = new AtomicLong();

    public static void main(String[] args) throws Exception {
        base = args[0];
        adminKey = args[1];
        publishableKey = args[2];
        String variant = args[3];
        int clients = Integer.parseInt(args[4]);
        long seconds = Long.parseLong(args[5]);
        int replays = args.length > 6 ? Integer.parseInt(args[6]) : 1;
        long warmUp = args.length > 7 ? Long.parseLong(args[7]) : 0;

        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 512);
        ExecutorService receiving = Executors.newFixedThreadPool(16);
        receiver.setExecutor(receiving);
        receiver.createContext("/", exchange -> {
            long now = System.currentTimeMillis();
            String body = new String(exchange.getRequestBody().readAllBytes());
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
            requests.incrementAndGet();
            Matcher id = EVENT_ID.matcher(body);
            Matcher at = CREATED_AT.matcher(body);
            if (id.find() && at.find() && received.add(id.group(1))) {
                latencies.add(now - Instant.parse(at.group(1)).toEpochMilli());
            }
        });
        receiver.start();
        String healthy = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";

        String live = subscribe(healthy);
        if (warmUp > 0) {
            // Until the JIT has compiled the paths: a cold Cartlog writes and delivers several times slower.
            run(null, variant, clients, warmUp);
        }
        System.out.printf("%-44s %10s %12s %10s %10s%n", "scenario", "events/s", "deliveries/s", "p50 ms", "p99 ms");
        run("live, one healthy receiver", variant, clients, seconds);
        String dead = subscribe("http://127.0.0.1:" + closedPort() + "/hook");
        run("live, a second receiver down", variant, clients, seconds);
        delete(dead);
        delete(live);

        for (int i = 0; i < replays; i++) {
            replay(healthy);
        }
        receiver.stop(0);
        receiving.shutdown();
    }

    /** Replays the whole history to a new subscription: delivery when writing events is not the limit. */
    static void replay(String healthy) throws Exception {
        received.clear();
        String replayed = subscribe(healthy);
        long t0 = System.nanoTime();
        post("/admin/webhooks/" + replayed + "/replay", "{}");
        // Every cart event written above, each one write; the replay queues them in the background.
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (received.size() < written.get() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        double elapsed = (System.nanoTime() - t0) / 1e9;
        System.out.printf("%-44s %10s %12.0f %10s %10s%s%n", "replay of " + written.get() + " events", "-",
                received.size() / elapsed, "-", "-",
                received.size() < written.get() ? "  (" + (written.get() - received.size()) + " not received)" : "");
        delete(replayed);
    }

    /** One live step; printed unless {@code name} is null (the warm-up). */
    static void run(String name, String variant, int clients, long seconds) throws Exception {
        received.clear();
        latencies.clear();
        AtomicLong writes = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            new Thread(() -> {
                try {
                    while (System.nanoTime() < end) {
                        // A new cart after every few items: events of many resources, as in a shop.
                        String cart = match(CART_ID, store("/store/carts", "{}"));
                        writes.incrementAndGet();
                        for (int i = 0; i < ITEMS_PER_CART && System.nanoTime() < end; i++) {
                            store("/store/carts/" + cart + "/line-items",
                                    "{\"variant_id\":\"" + variant + "\",\"quantity\":1}");
                            writes.incrementAndGet();
                        }
                    }
                } catch (Exception e) {
                    System.err.println(e);
                } finally {
                    done.countDown();
                }
            }).start();
        }
        done.await();
        written.addAndGet(writes.get());
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (received.size() < writes.get() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        if (name == null) {
            return;
        }
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("%-44s %10.0f %12.0f %10d %10d%s%n", name, writes.get() / (double) seconds,
                received.size() / (double) seconds, percentile(sorted, 0.5), percentile(sorted, 0.99),
                received.size() < writes.get() ? "  (" + (writes.get() - received.size()) + " not received)" : "");
    }

    static long percentile(List<Long> sorted, double p) {
        return sorted.isEmpty() ? -1 : sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1));
    }

    static String subscribe(String url) throws Exception {
        return match(WEBHOOK_ID, post("/admin/webhooks", "{\"url\":\"" + url + "\",\"event_types\":[\"cart.*\"]}"));
    }

    static void delete(String webhook) throws Exception {
        send(HttpRequest.newBuilder(URI.create(base + "/admin/webhooks/" + webhook))
                .header("Authorization", "Bearer " + adminKey).DELETE());
    }

    static String post(String path, String json) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + adminKey)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    static String store(String path, String json) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("x-publishable-api-key", publishableKey)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    static String send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    static String match(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        if (!matcher.find()) {
            throw new IllegalStateException(pattern + " not in " + body);
        }
        return matcher.group(1);
    }

    static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
