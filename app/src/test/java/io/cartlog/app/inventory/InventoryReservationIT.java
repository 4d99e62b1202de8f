package io.cartlog.app.inventory;

import io.cartlog.app.support.CartlogIT;
import io.cartlog.command.inventory.InventoryItem;
import io.cartlog.command.inventory.ReleaseStockReservationCommand;
import io.cartlog.command.inventory.ReserveStockCommand;
import io.cartlog.events.inventory.InventoryStockedQuantitySetEvent;
import io.cartlog.events.inventory.StockReservationReleasedEvent;
import io.cartlog.events.inventory.StockReservedEvent;
import io.cartlog.platform.testing.ApiClient.Response;
import io.cartlog.platform.web.ApiException;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateAnnotationCommandHandler;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Stock reservations as the checkout makes them, through Axon's command gateway, against a
 * catalog built through the admin API; what the storefront and carts see of it through HTTP.
 */
class InventoryReservationIT extends CartlogIT {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @Autowired
    private CommandGateway commands;

    @Autowired
    private EventStore eventStore;

    @Autowired
    private TransactionManager transactionManager;

    @Test
    void twentyCheckoutsRacingForTheLastUnitLeaveExactlyOneReservation() throws Exception {
        String productId = createProduct(1);
        String variantId = variantOf(productId);
        awaitInventoryItem(variantId);

        List<String> outcomes = race(variantId, List.of(commands));

        assertThat(outcomes).filteredOn("succeeded"::equals).hasSize(1);
        assertThat(outcomes).filteredOn("insufficient_inventory"::equals).hasSize(19);
        List<Object> history = history(variantId);
        assertThat(history).filteredOn(StockReservedEvent.class::isInstance).hasSize(1);
        assertThat(availableAfterEachEvent(history)).allSatisfy(available ->
                assertThat(available).as("available after each event").isNotNegative());
        awaitStoreInventory(productId, 0);
    }

    /**
     * Two command nodes, each with its own repository and so its own locks, share the event store:
     * only its unique (aggregate, sequence) key stands between them, and a node that loses the
     * race for a sequence number has its reservation rolled back.
     */
    @Test
    void twoNodesRacingForTheLastUnitStillLeaveExactlyOneReservation() throws Exception {
        String productId = createProduct(1);
        String variantId = variantOf(productId);
        awaitInventoryItem(variantId);

        List<String> outcomes = race(variantId, List.of(anotherNode(), anotherNode()));

        assertThat(outcomes).filteredOn("succeeded"::equals).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> !outcome.equals("succeeded"))
                .allSatisfy(outcome -> assertThat(outcome).isIn("insufficient_inventory", "concurrent_modification"));
        List<Object> history = history(variantId);
        assertThat(history).filteredOn(StockReservedEvent.class::isInstance).hasSize(1);
        assertThat(availableAfterEachEvent(history)).allSatisfy(available ->
                assertThat(available).as("available after each event").isNotNegative());
        awaitStoreInventory(productId, 0);
    }

    @Test
    void releasingAReservationMakesItsUnitAvailableAgain() {
        String productId = createProduct(1);
        String variantId = variantOf(productId);
        awaitInventoryItem(variantId);
        String reservation = "res_" + token();
        commands.sendAndWait(new ReserveStockCommand(variantId, reservation, "cart_" + token(), 1));
        awaitStoreInventory(productId, 0);
        assertThat(outcome(() -> commands.sendAndWait(new ReserveStockCommand(variantId, "res_" + token(),
                "cart_" + token(), 1)))).isEqualTo("insufficient_inventory");

        commands.sendAndWait(new ReleaseStockReservationCommand(variantId, reservation));
        commands.sendAndWait(new ReleaseStockReservationCommand(variantId, reservation));

        awaitStoreInventory(productId, 1);
        assertThat(history(variantId)).filteredOn(StockReservationReleasedEvent.class::isInstance).hasSize(1);
        assertThat(outcome(() -> commands.sendAndWait(new ReserveStockCommand(variantId, "res_" + token(),
                "cart_" + token(), 1)))).isEqualTo("succeeded");
    }

    @Test
    void theSameReservationTwiceHoldsItsUnitsOnce() {
        String productId = createProduct(3);
        String variantId = variantOf(productId);
        awaitInventoryItem(variantId);
        ReserveStockCommand reserve = new ReserveStockCommand(variantId, "res_" + token(), "cart_" + token(), 2);

        commands.sendAndWait(reserve);
        commands.sendAndWait(reserve);

        assertThat(history(variantId)).filteredOn(StockReservedEvent.class::isInstance).hasSize(1);
        awaitStoreInventory(productId, 1);
    }

    @Test
    void stockSetThroughTheAdminProductApiReachesTheInventoryItemAndCarts() {
        String productId = createProduct(2);
        String variantId = variantOf(productId);
        awaitInventoryItem(variantId);
        commands.sendAndWait(new ReserveStockCommand(variantId, "res_" + token(), "cart_" + token(), 2));
        awaitStoreInventory(productId, 0);

        Response updated = admin().post("/admin/products/" + productId + "/variants/" + variantId,
                Map.of("inventory_quantity", 5));
        assertThat(updated.status()).as(updated.body().toString()).isEqualTo(200);
        assertThat(updated.body().at("/product/variants/0/inventory_quantity").asLong())
                .as("the admin sees the stocked figure it set").isEqualTo(5);

        // 5 stocked, 2 of them reserved: the storefront sees 3, carts may hold 3.
        awaitStoreInventory(productId, 3);
        assertThat(history(variantId)).contains(new InventoryStockedQuantitySetEvent(variantId, 5));
        Response tooMany = store().post("/store/carts", Map.of("items",
                List.of(Map.of("variant_id", variantId, "quantity", 4))));
        assertThat(tooMany.status()).as(tooMany.body().toString()).isEqualTo(409);
        assertThat(tooMany.text("/code")).isEqualTo("insufficient_inventory");
        Response enough = store().post("/store/carts", Map.of("items",
                List.of(Map.of("variant_id", variantId, "quantity", 3))));
        assertThat(enough.status()).as(enough.body().toString()).isEqualTo(200);
        assertThat(outcome(() -> commands.sendAndWait(new ReserveStockCommand(variantId, "res_" + token(),
                "cart_" + token(), 4)))).isEqualTo("insufficient_inventory");
    }

    @Test
    void aVariantWhoseStockIsNotManagedHasNoItemAndCannotBeReserved() {
        Map<String, Object> product = new HashMap<>(product(4));
        product.put("options", List.of(Map.of("title", "Size", "values", List.of("S", "M"))));
        product.put("variants", List.of(
                variant("S", 4, true),
                variant("M", 4, false)));
        Response created = admin().post("/admin/products", product);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(200);
        String managed = created.text("/product/variants/0/id");
        String unmanaged = created.text("/product/variants/1/id");
        awaitInventoryItem(managed);

        assertThat(history(unmanaged)).as("the product's variants were synced together").isEmpty();
        assertThat(outcome(() -> commands.sendAndWait(new ReserveStockCommand(unmanaged, "res_" + token(),
                "cart_" + token(), 1)))).isEqualTo("insufficient_inventory");
        assertThat(outcome(() -> commands.sendAndWait(new ReleaseStockReservationCommand(unmanaged, "res_" + token()))))
                .as("releasing is always safe").isEqualTo("succeeded");
        assertThat(history(unmanaged)).as("nothing stored for it").isEmpty();
        assertThatThrownBy(() -> commands.sendAndWait(new ReserveStockCommand(unmanaged, "res_" + token(),
                "cart_" + token(), 1)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status().value()).isEqualTo(409);
                    assertThat(e.getMessage()).contains(unmanaged);
                });
    }

    /**
     * Twenty reservations of one unit each (distinct reservations, distinct carts) sent at once,
     * spread over {@code nodes}; the outcome of each.
     */
    private static List<String> race(String variantId, List<CommandGateway> nodes) throws Exception {
        int racers = 20;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                CommandGateway node = nodes.get(i % nodes.size());
                ReserveStockCommand reserve = new ReserveStockCommand(variantId, "res_" + i + "_" + token(),
                        "cart_" + i + "_" + token(), 1);
                Callable<String> racer = () -> {
                    start.await();
                    return outcome(() -> node.sendAndWait(reserve));
                };
                outcomes.add(pool.submit(racer));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get(30, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** A command side of its own on the same event store: its own repository, its own locks. */
    private CommandGateway anotherNode() {
        EventSourcingRepository<InventoryItem> repository =
                EventSourcingRepository.builder(InventoryItem.class).eventStore(eventStore).build();
        SimpleCommandBus bus = SimpleCommandBus.builder().transactionManager(transactionManager).build();
        AggregateAnnotationCommandHandler.<InventoryItem>builder().aggregateType(InventoryItem.class)
                .repository(repository).build().subscribe(bus);
        return DefaultCommandGateway.builder().commandBus(bus).build();
    }

    /**
     * "succeeded" when the command did, else the code of the ApiException it was refused with, or
     * {@code concurrent_modification} when another node appended to the item first.
     */
    private static String outcome(Runnable command) {
        try {
            command.run();
            return "succeeded";
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof ApiException api) {
                    return api.code();
                }
                if (cause instanceof ConcurrencyException) {
                    return "concurrent_modification";
                }
            }
            throw e;
        }
    }

    private String createProduct(long inventoryQuantity) {
        Response created = admin().post("/admin/products", product(inventoryQuantity));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(200);
        return created.text("/product/id");
    }

    /** A published one-variant product at 10.00 EUR, in every sales channel, its stock managed. */
    private static Map<String, Object> product(long inventoryQuantity) {
        return Map.of(
                "title", "Last one " + token(),
                "status", "published",
                "options", List.of(Map.of("title", "Size", "values", List.of("S"))),
                "variants", List.of(variant("S", inventoryQuantity, true)));
    }

    private static Map<String, Object> variant(String size, long inventoryQuantity, boolean manageInventory) {
        return Map.of("title", size, "options", Map.of("Size", size),
                "prices", List.of(Map.of("currency_code", "eur", "amount", 1000)),
                "inventory_quantity", inventoryQuantity, "manage_inventory", manageInventory);
    }

    private String variantOf(String productId) {
        return admin().get("/admin/products/" + productId).text("/product/variants/0/id");
    }

    /** The inventory-sync processor creates the item shortly after the product. */
    private void awaitInventoryItem(String variantId) {
        await().atMost(PATIENCE).until(() -> !history(variantId).isEmpty());
    }

    private void awaitStoreInventory(String productId, long expected) {
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(store().get("/store/products/" + productId)
                .body().at("/product/variants/0/inventory_quantity").asLong()).isEqualTo(expected));
    }

    /** The inventory item's events, oldest first. */
    private List<Object> history(String variantId) {
        return eventStore.readEvents(variantId).asStream().map(DomainEventMessage::getPayload)
                .map(Object.class::cast).toList();
    }

    private static List<Long> availableAfterEachEvent(List<Object> history) {
        List<Long> available = new ArrayList<>();
        long stocked = 0;
        long reserved = 0;
        for (Object event : history) {
            if (event instanceof InventoryStockedQuantitySetEvent set) {
                stocked = set.stockedQuantity();
            } else if (event instanceof StockReservedEvent reservation) {
                reserved += reservation.quantity();
            } else if (event instanceof StockReservationReleasedEvent release) {
                reserved -= release.quantity();
            }
            available.add(stocked - reserved);
        }
        return available;
    }

    private static String token() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
