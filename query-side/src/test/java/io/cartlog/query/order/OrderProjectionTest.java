package io.cartlog.query.order;

import io.cartlog.events.cart.CartAddress;
import io.cartlog.events.cart.CartLineItem;
import io.cartlog.events.cart.CartRegion;
import io.cartlog.events.cart.CheckoutCart;
import io.cartlog.events.order.OrderCanceledEvent;
import io.cartlog.events.order.OrderCompletedEvent;
import io.cartlog.events.order.OrderFulfillmentCreatedEvent;
import io.cartlog.events.order.OrderFulfillmentDeliveredEvent;
import io.cartlog.events.order.OrderFulfillmentShippedEvent;
import io.cartlog.events.order.OrderIds;
import io.cartlog.events.order.OrderPlacedEvent;
import io.cartlog.queries.order.FindOrderQuery;
import io.cartlog.queries.order.OrderView;
import io.cartlog.queries.payment.PaymentCollectionView;
import io.cartlog.query.common.JsonColumns;
import io.cartlog.query.common.ReadModelDatabase;
import io.cartlog.query.payment.PaymentCollectionRepository;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class OrderProjectionTest {

    private static final String ID = "order_01JORDER";
    private static final String SHIRTS = OrderIds.item(ID, "cali_shirt");
    private static final String MUGS = OrderIds.item(ID, "cali_mug");
    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");
    private static final Instant T1 = T0.plusSeconds(60);

    private final JdbcTemplate database = ReadModelDatabase.migratedTemplate();
    private final OrderViewRepository orders = new OrderViewRepository(database, new JsonColumns());
    private final OrderProjection projection = new OrderProjection(orders,
            new PaymentCollectionRepository(database, new JsonColumns()), SimpleQueryUpdateEmitter.builder().build());

    /** Two shirts at 10.00 and a mug at 10.00, standard shipping 8.00, no tax: 38.00. */
    private static OrderPlacedEvent placed() {
        CartAddress address = new CartAddress("Ada", "Lovelace", null, "Unter den Linden 1", null, "Berlin", "de", null,
                "10117", null, null);
        CheckoutCart cart = new CheckoutCart(new CartRegion("reg_1", "Europe", "eur", BigDecimal.ZERO, false), "sc_1",
                "ada@example.test", null, address, address,
                List.of(line("cali_shirt", "variant_shirt", 2), line("cali_mug", "variant_mug", 1)),
                new CheckoutCart.ShippingMethod("casm_1", "so_1", "Standard", 800), List.of(), Set.of("variant_shirt"));
        return new OrderPlacedEvent(ID, 1, "cart_1", "chk_1", cart, "pay_col_1", "pay_1");
    }

    private static CartLineItem line(String lineItemId, String variantId, long quantity) {
        return new CartLineItem(lineItemId, variantId, "prod_1", "Item " + lineItemId, "Item", "item", "S", "SKU-" + lineItemId,
                null, 1000, quantity, null);
    }

    private static OrderFulfillmentCreatedEvent fulfilled(String fulfillmentId, String itemId, long quantity) {
        return new OrderFulfillmentCreatedEvent(ID, fulfillmentId,
                List.of(new OrderFulfillmentCreatedEvent.Item(itemId, quantity)));
    }

    private OrderView find() {
        return projection.handle(new FindOrderQuery(ID)).orElseThrow();
    }

    private static OrderView.ItemDetailView detail(OrderView order, String itemId) {
        return order.items().stream().filter(item -> item.id().equals(itemId)).findFirst().orElseThrow().detail();
    }

    @Test
    void itemsMoveThroughFulfillmentShipmentAndDelivery() {
        projection.on(placed(), 0, T0);
        assertThat(find().fulfillmentStatus()).isEqualTo("not_fulfilled");

        projection.on(fulfilled("ful_1", SHIRTS, 1), 1, T1);
        assertThat(find().fulfillmentStatus()).isEqualTo("partially_fulfilled");
        assertThat(detail(find(), SHIRTS)).isEqualTo(new OrderView.ItemDetailView(SHIRTS, 2, 1, 0, 0, 0, 0));
        assertThat(find().fulfillments().get(0).items().get(0).title()).isEqualTo("Item cali_shirt");

        projection.on(new OrderFulfillmentCreatedEvent(ID, "ful_2", List.of(
                new OrderFulfillmentCreatedEvent.Item(SHIRTS, 1), new OrderFulfillmentCreatedEvent.Item(MUGS, 1))), 2, T1);
        assertThat(find().fulfillmentStatus()).isEqualTo("fulfilled");

        projection.on(new OrderFulfillmentShippedEvent(ID, "ful_1",
                List.of(new OrderFulfillmentShippedEvent.Label("1Z999", null, null))), 3, T1);
        assertThat(find().fulfillmentStatus()).isEqualTo("partially_shipped");
        assertThat(find().fulfillments().get(0).labels()).extracting(OrderView.LabelView::trackingNumber)
                .containsExactly("1Z999");
        assertThat(find().fulfillments().get(0).shippedAt()).isEqualTo(T1);

        projection.on(new OrderFulfillmentShippedEvent(ID, "ful_2", List.of()), 4, T1);
        projection.on(new OrderFulfillmentDeliveredEvent(ID, "ful_1"), 5, T1);
        assertThat(find().fulfillmentStatus()).isEqualTo("partially_delivered");

        projection.on(new OrderFulfillmentDeliveredEvent(ID, "ful_2"), 6, T1);
        projection.on(new OrderCompletedEvent(ID), 7, T1);
        OrderView order = find();
        assertThat(order.fulfillmentStatus()).isEqualTo("delivered");
        assertThat(order.status()).isEqualTo("completed");
        assertThat(detail(order, SHIRTS)).isEqualTo(new OrderView.ItemDetailView(SHIRTS, 2, 2, 2, 2, 0, 0));
        assertThat(order.version()).isEqualTo(7);
    }

    @Test
    void eventsAlreadyAppliedAreSkippedWhenDeliveredAgain() {
        projection.on(placed(), 0, T0);
        projection.on(fulfilled("ful_1", SHIRTS, 1), 1, T1);

        projection.on(placed(), 0, T0);
        projection.on(fulfilled("ful_1", SHIRTS, 1), 1, T1);

        assertThat(find().fulfillments()).hasSize(1);
        assertThat(detail(find(), SHIRTS).fulfilledQuantity()).isEqualTo(1);
        assertThat(find().version()).isEqualTo(1);
    }

    @Test
    void theSummaryFollowsThePayment() {
        projection.on(placed(), 0, T0);
        OrderDocument order = orders.load(ID).orElseThrow().order();

        OrderView authorized = OrderRenderer.render(order, 0, collection("authorized", 3800, 0, 0));
        assertThat(authorized.paymentStatus()).isEqualTo("authorized");
        assertThat(authorized.summary()).isEqualTo(new OrderView.SummaryView(3800, 3800, 3800, 0, 0, 0, 0, 3800));

        OrderView partlyRefunded = OrderRenderer.render(order, 0, collection("completed", 3800, 3800, 1000));
        assertThat(partlyRefunded.paymentStatus()).isEqualTo("partially_refunded");
        assertThat(partlyRefunded.summary()).isEqualTo(new OrderView.SummaryView(3800, 3800, 3800, 0, 3800, 1000,
                2800, 1000));
        assertThat(partlyRefunded.paymentCollections()).hasSize(1);

        assertThat(OrderRenderer.render(order, 0, collection("completed", 3800, 3800, 3800)).paymentStatus())
                .isEqualTo("refunded");
        assertThat(OrderRenderer.render(order, 0, collection("partially_captured", 3800, 3000, 0)).paymentStatus())
                .isEqualTo("partially_captured");
    }

    @Test
    void aCanceledOrderOwesNothing() {
        projection.on(placed(), 0, T0);
        projection.on(new OrderCanceledEvent(ID), 1, T1);
        OrderDocument order = orders.load(ID).orElseThrow().order();

        OrderView voided = OrderRenderer.render(order, 1, collection("canceled", 0, 0, 0));
        assertThat(voided.status()).isEqualTo("canceled");
        assertThat(voided.canceledAt()).isEqualTo(T1);
        assertThat(voided.paymentStatus()).isEqualTo("canceled");
        assertThat(voided.summary().pendingDifference()).isZero();

        OrderView refunded = OrderRenderer.render(order, 1, collection("completed", 3800, 3800, 3800));
        assertThat(refunded.paymentStatus()).isEqualTo("refunded");
        assertThat(refunded.summary()).isEqualTo(new OrderView.SummaryView(0, 3800, 0, 0, 3800, 3800, 0, 0));
    }

    private static PaymentCollectionView collection(String status, long authorized, long captured, long refunded) {
        return new PaymentCollectionView("pay_col_1", "cart_1", "eur", 3800, authorized, captured, refunded, status,
                List.of(), null, "pay_1", List.of(), T0, T0, 3);
    }
}
