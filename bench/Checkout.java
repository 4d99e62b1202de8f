import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Complete checkouts against a running Cartlog: each client loops create cart (with an item) →
 * add a second item → shipping address → shipping method → payment collection → system payment
 * session → complete, and the run prints checkouts/s and p50/p99 per step and per flow.
 * Run by bench/run.sh; by hand: java bench/Checkout.java URL KEY REGION VARIANT OPTION CLIENTS SECONDS
 */
public class Checkout {

    static final String[] STEPS = {"create cart", "add item", "address", "shipping method", "payment collection",
            "payment session", "complete", "whole flow"};
    static final Pattern CART_ID = Pattern.compile("\"cart\":\\{\"id\":\"(cart_[^\"]+)\"");
    static final Pattern COLLECTION_ID = Pattern.compile("\"payment_collection\":\\{\"id\":\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        String base = args[0], key = args[1], region = args[2], variant = args[3], option = args[4];
        int clients = Integer.parseInt(args[5]);
        long seconds = Long.parseLong(args[6]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
        for (String step : STEPS) {
            latencies.put(step, Collections.synchronizedList(new ArrayList<>()));
        }
        AtomicLong orders = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            Thread client = new Thread(() -> {
                try {
                    while (System.nanoTime() < end) {
                        long flow = System.nanoTime();
                        try {
                            String cart = step(http, latencies, "create cart", base + "/store/carts", key,
                                    "{\"region_id\":\"" + region + "\",\"email\":\"bench@example.test\",\"items\":[{\"variant_id\":\"" + variant + "\",\"quantity\":1}]}");
                            String cartId = match(CART_ID, cart);
                            step(http, latencies, "add item", base + "/store/carts/" + cartId + "/line-items", key,
                                    "{\"variant_id\":\"" + variant + "\",\"quantity\":1}");
                            step(http, latencies, "address", base + "/store/carts/" + cartId, key,
                                    "{\"shipping_address\":{\"first_name\":\"Ada\",\"last_name\":\"Lovelace\",\"address_1\":\"Unter den Linden 1\",\"city\":\"Berlin\",\"postal_code\":\"10117\",\"country_code\":\"de\"}}");
                            step(http, latencies, "shipping method", base + "/store/carts/" + cartId + "/shipping-methods", key,
                                    "{\"option_id\":\"" + option + "\"}");
                            String collection = step(http, latencies, "payment collection", base + "/store/payment-collections", key,
                                    "{\"cart_id\":\"" + cartId + "\"}");
                            step(http, latencies, "payment session", base + "/store/payment-collections/"
                                    + match(COLLECTION_ID, collection) + "/payment-sessions", key, "{\"provider_id\":\"pp_system_default\"}");
                            String completed = step(http, latencies, "complete", base + "/store/carts/" + cartId + "/complete", key, "{}");
                            if (!completed.startsWith("{\"type\":\"order\"")) {
                                throw new IllegalStateException("not an order: " + completed);
                            }
                            latencies.get("whole flow").add(System.nanoTime() - flow);
                            orders.incrementAndGet();
                        } catch (Exception e) {
                            if (failures.incrementAndGet() <= 3) {
                                System.err.println("checkout failed: " + e.getMessage());
                            }
                        }
                    }
                } finally {
                    done.countDown();
                }
            });
            client.start();
        }
        done.await();
        System.out.printf("%-20s %5s %10s %10s %10s%n", "checkout step", "conns", "per s", "p50", "p99");
        for (String step : STEPS) {
            List<Long> sorted = new ArrayList<>(latencies.get(step));
            Collections.sort(sorted);
            double perSecond = sorted.size() / (double) seconds;
            System.out.printf("%-20s %5d %10.1f %10s %10s%n", step, clients, perSecond, ms(sorted, 0.50), ms(sorted, 0.99));
        }
        System.out.printf("orders placed: %d (%.1f checkouts/s), failed flows: %d%n", orders.get(),
                orders.get() / (double) seconds, failures.get());
    }

    static String step(HttpClient http, Map<String, List<Long>> latencies, String name, String url, String key,
                       String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("x-publishable-api-key", key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        latencies.get(name).add(System.nanoTime() - start);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(name + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    static String match(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        if (!matcher.find()) {
            throw new IllegalStateException("no id in " + body);
        }
        return matcher.group(1);
    }

    static String ms(List<Long> sorted, double quantile) {
        if (sorted.isEmpty()) {
            return "-";
        }
        long nanos = sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(quantile * sorted.size())));
        return String.format("%.1fms", nanos / 1_000_000.0);
    }
}
