import io.cartlog.platform.audit.EventHashes;
import io.cartlog.platform.audit.StoredEvent;
import org.axonframework.common.DateTimeUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The audit benchmark's three steps, run by bench/audit.sh with Cartlog's own libraries on the
 * class path:
 *   templates URL ADMIN_KEY PUBLISHABLE_KEY   real shopping through the API: guest checkouts,
 *                                             canceled orders, abandoned carts, customers with
 *                                             addresses, and one cart with 1,000 events
 *   generate JDBC_URL EVENTS                  clones those streams (fresh ids, emails and event
 *                                             ids, spread over 90 days, hash-chained like the
 *                                             append path) until the store holds EVENTS events
 *   measure URL ADMIN_KEY CART_ID             rebuild of every projection, feed paging, export,
 *                                             time travel on the 1,000-event cart, verification
 */
public class AuditHistory {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    /** Cartlog's ids: a prefix and a ULID. */
    static final Pattern ID = Pattern.compile("\\b([a-z][a-z_]*?_)([0-9A-HJKMNP-TV-Z]{26})\\b");
    static final Pattern EMAIL = Pattern.compile("([A-Za-z0-9._-]+)@example\\.test");
    static final Set<String> CLONED_TYPES = Set.of("Cart", "Order", "Customer", "PaymentCollection");

    static String base, adminKey, publishableKey;

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "templates" -> {
                base = args[1];
                adminKey = args[2];
                publishableKey = args[3];
                templates();
            }
            case "generate" -> generate(args[1], Long.parseLong(args[2]));
            case "measure" -> {
                base = args[1];
                adminKey = args[2];
                measure(args[3]);
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    // ---- templates: real flows through the API ----

    static void templates() throws Exception {
        JsonNode products = JSON.readTree(get("/store/products?limit=5", true)).at("/products");
        String first = products.get(0).at("/variants/0/id").asString();
        String second = products.get(1).at("/variants/0/id").asString();
        for (int i = 0; i < 5; i++) {
            String cart = shoppedCart(first, second, "guest" + i);
            checkout(cart);
            String abandoned = shoppedCart(second, first, "abandoned" + i);
            store("/store/carts/" + abandoned + "/line-items", Map.of("variant_id", first, "quantity", 1));
            String canceled = shoppedCart(first, second, "canceled" + i);
            String order = JSON.readTree(checkout(canceled)).at("/order/id").asString();
            admin("/admin/orders/" + order + "/cancel", Map.of());
            customer("customer" + i);
        }
        // One cart with 1,000 events: created, a line, then 998 quantity changes.
        String big = JSON.readTree(store("/store/carts", Map.of("email", "big@example.test"))).at("/cart/id").asString();
        store("/store/carts/" + big + "/line-items", Map.of("variant_id", first, "quantity", 1));
        String line = JSON.readTree(get("/store/carts/" + big, true)).at("/cart/items/0/id").asString();
        for (int version = 2; version < 1_000; version++) {
            store("/store/carts/" + big + "/line-items/" + line, Map.of("quantity", 1 + version % 7));
        }
        System.out.println(big);
    }

    static String shoppedCart(String variant, String other, String who) throws Exception {
        String cart = JSON.readTree(store("/store/carts", Map.of("email", who + "@example.test",
                "items", List.of(Map.of("variant_id", variant, "quantity", 1))))).at("/cart/id").asString();
        store("/store/carts/" + cart + "/line-items", Map.of("variant_id", other, "quantity", 2));
        String line = JSON.readTree(get("/store/carts/" + cart, true)).at("/cart/items/0/id").asString();
        store("/store/carts/" + cart + "/line-items/" + line, Map.of("quantity", 3));
        store("/store/carts/" + cart, Map.of("shipping_address", Map.of("first_name", "Ada", "last_name", "Lovelace",
                "address_1", "Unter den Linden 1", "city", "Berlin", "postal_code", "10117", "country_code", "de")));
        String option = JSON.readTree(get("/store/shipping-options?cart_id=" + cart, true))
                .at("/shipping_options/0/id").asString();
        store("/store/carts/" + cart + "/shipping-methods", Map.of("option_id", option));
        return cart;
    }

    static String checkout(String cart) throws Exception {
        String collection = JSON.readTree(store("/store/payment-collections", Map.of("cart_id", cart)))
                .at("/payment_collection/id").asString();
        store("/store/payment-collections/" + collection + "/payment-sessions", Map.of("provider_id", "pp_system_default"));
        return store("/store/carts/" + cart + "/complete", Map.of());
    }

    static void customer(String who) throws Exception {
        String email = who + "@example.test";
        String registration = JSON.readTree(post("/auth/customer/emailpass/register", null,
                Map.of("email", email, "password", "correct horse"))).at("/token").asString();
        post("/store/customers", registration, Map.of("first_name", "Ada", "last_name", "Lovelace"));
        String token = JSON.readTree(post("/auth/customer/emailpass", null,
                Map.of("email", email, "password", "correct horse"))).at("/token").asString();
        post("/store/customers/me/addresses", token, Map.of("first_name", "Ada", "address_1", "Unter den Linden 1",
                "city", "Berlin", "postal_code", "10117", "country_code", "de"));
        post("/store/customers/me", token, Map.of("last_name", "King"));
    }

    // ---- generate: clone the template streams up to the wanted size ----

    record Row(String type, String aggregateId, long sequence, Instant time, String payloadType, String revision,
               String payload, String metaData) {
    }

    static void generate(String jdbcUrl, long wanted) throws Exception {
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
            db.setAutoCommit(false);
            List<Row> template = new ArrayList<>();
            Set<String> shared = new HashSet<>();
            String bigCart = null;
            try (ResultSet rs = db.createStatement().executeQuery("""
                    SELECT type, aggregate_identifier, sequence_number, time_stamp, payload_type, payload_revision,
                           convert_from(payload, 'UTF8'), convert_from(meta_data, 'UTF8')
                    FROM domain_event_entry ORDER BY global_index""")) {
                while (rs.next()) {
                    Row row = new Row(rs.getString(1), rs.getString(2), rs.getLong(3), Instant.parse(rs.getString(4)),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8));
                    if (row.sequence() >= 999) {
                        bigCart = row.aggregateId();
                    }
                    if (CLONED_TYPES.contains(row.type())) {
                        template.add(row);
                    } else if (!row.type().equals("InventoryItem")) {
                        // Catalog, stock and settings: their ids stay what they are in every clone.
                        shared.add(row.aggregateId());
                        Matcher ids = ID.matcher(row.payload());
                        while (ids.find()) {
                            shared.add(ids.group());
                        }
                    }
                }
            }
            // Stock events name carts and orders too; only the catalog's own ids are shared.
            template.forEach(row -> shared.remove(row.aggregateId()));
            String excluded = bigCart;
            template.removeIf(row -> row.aggregateId().equals(excluded));
            long existing = count(db);
            long rounds = Math.max(1, (wanted - existing + template.size() - 1) / template.size());
            Instant start = Instant.now().minus(Duration.ofDays(90));
            Instant templateStart = template.get(0).time();
            long spacing = Duration.ofDays(90).toMillis() / rounds;
            System.out.printf("Cloning %d template events %d times (%d events already stored)%n", template.size(),
                    rounds, existing);
            long began = System.nanoTime();
            Map<String, String> lastHash = new HashMap<>();
            try (PreparedStatement insert = db.prepareStatement("""
                    INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                        time_stamp, payload_type, payload_revision, payload, meta_data, event_hash)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (long round = 0; round < rounds; round++) {
                    Map<String, String> ids = new HashMap<>();
                    Instant offset = start.plusMillis(round * spacing);
                    for (Row row : template) {
                        String aggregateId = renamed(row.aggregateId(), round, ids, shared);
                        String payload = renamedAll(row.payload(), round, ids, shared);
                        String metaData = row.metaData() == null ? null : renamedAll(row.metaData(), round, ids, shared);
                        String time = DateTimeUtils.formatInstant(offset.plus(Duration.between(templateStart, row.time())));
                        String eventId = UUID.randomUUID().toString();
                        byte[] payloadBytes = payload.getBytes(StandardCharsets.UTF_8);
                        byte[] metaBytes = metaData == null ? null : metaData.getBytes(StandardCharsets.UTF_8);
                        String previous = row.sequence() == 0 ? EventHashes.GENESIS : lastHash.get(aggregateId);
                        String hash = EventHashes.hash(previous, new StoredEvent(eventId, aggregateId, row.sequence(),
                                row.type(), time, row.payloadType(), row.revision(), payloadBytes, metaBytes));
                        lastHash.put(aggregateId, hash);
                        insert.setString(1, eventId);
                        insert.setString(2, aggregateId);
                        insert.setLong(3, row.sequence());
                        insert.setString(4, row.type());
                        insert.setString(5, time);
                        insert.setString(6, row.payloadType());
                        insert.setString(7, row.revision());
                        insert.setBytes(8, payloadBytes);
                        insert.setBytes(9, metaBytes);
                        insert.setString(10, hash);
                        insert.addBatch();
                    }
                    // Streams of a round end with it: their last hashes are not needed again.
                    lastHash.clear();
                    insert.executeBatch();
                    if (round % 50 == 49 || round == rounds - 1) {
                        db.commit();
                        System.out.printf("\r  %,d events", existing + (round + 1) * template.size());
                    }
                }
            }
            double seconds = (System.nanoTime() - began) / 1e9;
            // Every processor starts at the head: the benchmark measures rebuilds, not a first catch-up,
            // and no saga acts on cloned history.
            long head = head(db);
            try (PreparedStatement tokens = db.prepareStatement(
                    "UPDATE token_entry SET token = ?, token_type = ?, owner = NULL")) {
                tokens.setBytes(1, ("{\"index\":" + head + ",\"gaps\":[]}").getBytes(StandardCharsets.UTF_8));
                tokens.setString(2, "org.axonframework.eventhandling.GapAwareTrackingToken");
                tokens.executeUpdate();
            }
            db.commit();
            // A bulk load leaves the planner without statistics until autovacuum runs; a store that
            // grew over months has them.
            db.setAutoCommit(true);
            db.createStatement().execute("ANALYZE domain_event_entry");
            System.out.printf("%nGenerated %,d events in %.1f s (%,.0f events/s); the store holds %,d%n",
                    rounds * template.size(), seconds, rounds * template.size() / seconds, count(db));
        }
    }

    static String renamedAll(String text, long round, Map<String, String> ids, Set<String> shared) {
        Matcher matcher = ID.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(renamed(matcher.group(), round, ids, shared)));
        }
        matcher.appendTail(out);
        return EMAIL.matcher(out).replaceAll("$1+r" + round + "@example.test");
    }

    /** A template id as this round's own: same prefix and time part, a new random part. */
    static String renamed(String id, long round, Map<String, String> ids, Set<String> shared) {
        if (shared.contains(id) || !ID.matcher(id).matches()) {
            return id;
        }
        return ids.computeIfAbsent(id, original -> {
            int cut = original.length() - 16;
            String random = Long.toString(round * 4096 + ids.size(), 32).toUpperCase().replace('I', 'X')
                    .replace('L', 'Y').replace('O', 'Z').replace('U', 'W');
            return original.substring(0, cut) + "0".repeat(16 - random.length()) + random;
        });
    }

    static long count(Connection db) throws Exception {
        try (ResultSet rs = db.createStatement().executeQuery("SELECT COUNT(*) FROM domain_event_entry")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static long head(Connection db) throws Exception {
        try (ResultSet rs = db.createStatement().executeQuery("SELECT MAX(global_index) FROM domain_event_entry")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    // ---- measure ----

    static void measure(String bigCart) throws Exception {
        long head = JSON.readTree(get("/admin/events?limit=1", false)).at("/head").asLong();
        System.out.printf("Store: %,d events%n%n", head);
        Set<String> steps = Set.of(System.getenv().getOrDefault("STEPS", "rebuild,feed,export,time-travel,verify").split(","));
        if (steps.contains("rebuild")) {
            rebuilds(head);
        }
        if (steps.contains("feed")) {
            feed();
        }
        if (steps.contains("export")) {
            export();
        }
        if (steps.contains("time-travel")) {
            timeTravel(bigCart);
        }
        if (steps.contains("verify")) {
            verify(head);
        }
    }

    static void rebuilds(long head) throws Exception {
        System.out.println("Rebuild (reset and replay into new tables while the old ones serve):");
        String only = System.getenv().getOrDefault("PROJECTIONS", "");
        Set<String> chosen = only.isBlank() ? Set.of() : Set.of(only.split(","));
        for (JsonNode projection : JSON.readTree(get("/admin/projections", false)).at("/projections")) {
            String name = projection.at("/name").asString();
            if (!projection.at("/rebuildable").asBoolean() || !chosen.isEmpty() && !chosen.contains(name)) {
                continue;
            }
            long began = System.nanoTime();
            admin("/admin/projections/" + name + "/rebuild", Map.of());
            JsonNode state;
            do {
                Thread.sleep(200);
                state = JSON.readTree(get("/admin/projections/" + name, false)).at("/projection");
            } while (!state.at("/rebuild").isNull() && !state.at("/rebuild").isMissingNode()
                    && !"completed".equals(state.at("/rebuild/status").asString()));
            double seconds = (System.nanoTime() - began) / 1e9;
            System.out.printf("  %-28s %8.1f s %,10.0f events/s%n", name, seconds, head / seconds);
        }
    }

    static void feed() throws Exception {
        long began = System.nanoTime();
        long events = 0;
        String cursor = null;
        List<Long> pages = new ArrayList<>();
        for (int page = 0; page < 200; page++) {
            long t = System.nanoTime();
            JsonNode body = JSON.readTree(get("/admin/events?limit=1000" + (cursor == null ? "" : "&cursor=" + cursor), false));
            pages.add((System.nanoTime() - t) / 1_000_000);
            events += body.at("/events").size();
            cursor = body.at("/next_cursor").asString();
            if (!body.at("/has_more").asBoolean()) {
                break;
            }
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        pages.sort(null);
        System.out.printf("%nFeed paging (limit 1000): %,d events in %.1f s = %,.0f events/s; page p50 %d ms, p99 %d ms%n",
                events, seconds, events / seconds, pages.get(pages.size() / 2), pages.get(pages.size() * 99 / 100));
        long t = System.nanoTime();
        JsonNode placed = JSON.readTree(get("/admin/events?type=order.placed&limit=100", false));
        System.out.printf("Feed filtered by type (order.placed, 100 from the start): %d ms%n",
                (System.nanoTime() - t) / 1_000_000, placed.at("/events").size());
    }

    static void export() throws Exception {
        long began = System.nanoTime();
        HttpResponse<InputStream> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/admin/events/export"))
                .header("Authorization", "Bearer " + adminKey).build(), HttpResponse.BodyHandlers.ofInputStream());
        long lines = 0;
        long bytes = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = response.body()) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                bytes += n;
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        System.out.printf("%nExport (NDJSON, whole store): %,d events, %,d MB in %.1f s = %,.0f events/s%n",
                lines, bytes >> 20, seconds, lines / seconds);
    }

    static void timeTravel(String cart) throws Exception {
        List<Long> latencies = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            long version = i % 2 == 0 ? 999 : (i * 37L) % 1_000;
            long t = System.nanoTime();
            get("/admin/carts/" + cart + "?as_of=" + version, false);
            if (i >= 20) {
                latencies.add((System.nanoTime() - t) / 1_000);
            }
        }
        latencies.sort(null);
        System.out.printf("%nTime travel on a 1,000-event cart (100 reads, as_of a version): p50 %.1f ms, p99 %.1f ms%n",
                latencies.get(50) / 1000.0, latencies.get(98) / 1000.0);
    }

    static void verify(long head) throws Exception {
        long began = System.nanoTime();
        JsonNode report = JSON.readTree(get("/admin/audit/verify", false));
        double seconds = (System.nanoTime() - began) / 1e9;
        System.out.printf("%nVerify (every stream's hash chain and every checkpoint): verified=%s, %,d events in %.1f s = %,.0f events/s%n",
                report.at("/verified").asBoolean(), report.at("/events_checked").asLong(), seconds, head / seconds);
    }

    // ---- HTTP ----

    static String get(String path, boolean storefront) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        return send(storefront ? request.header("x-publishable-api-key", publishableKey)
                : request.header("Authorization", "Bearer " + adminKey));
    }

    static String store(String path, Object body) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("x-publishable-api-key", publishableKey)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    static String admin(String path, Object body) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + adminKey)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    static String post(String path, String bearer, Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("x-publishable-api-key", publishableKey).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        return send(bearer == null ? request : request.header("Authorization", "Bearer " + bearer));
    }

    static String send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return response.body();
    }
}
