package io.cartlog.command.order;

import io.cartlog.command.inventory.ConsumeReservedStockCommand;
import io.cartlog.command.inventory.ReleaseStockReservationCommand;
import io.cartlog.command.inventory.ReturnStockCommand;
import io.cartlog.command.payment.CancelOrRefundPaymentCommand;
import io.cartlog.command.payment.RefundPaymentCommand;
import io.cartlog.events.cart.CartAddress;
import io.cartlog.events.cart.CartLineItem;
import io.cartlog.events.cart.CartRegion;
import io.cartlog.events.cart.CheckoutCart;
import io.cartlog.events.common.Ids;
import io.cartlog.events.order.OrderCanceledEvent;
import io.cartlog.events.order.OrderCompletedEvent;
import io.cartlog.events.order.OrderFulfillmentCreatedEvent;
import io.cartlog.events.order.OrderFulfillmentDeliveredEvent;
import io.cartlog.events.order.OrderFulfillmentShippedEvent;
import io.cartlog.events.order.OrderFulfillmentShippedEvent.Label;
import io.cartlog.events.order.OrderIds;
import io.cartlog.events.order.OrderPlacedEvent;
import io.cartlog.events.returns.ReturnCanceledEvent;
import io.cartlog.events.returns.ReturnReceivedEvent;
import io.cartlog.events.returns.ReturnRequestedEvent;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static io.cartlog.command.common.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The order's lifecycle rules, and what canceling and fulfilling send to stock and payment (the
 * inventory and payment handlers are stand-ins that record what they are sent).
 */
class OrderTest {

    private static final String ORDER = "order_01JORDER";
    private static final String CHECKOUT = "chk_01JORDER";
    /** Two shirts whose stock checkout reserved, and a mug whose stock is not managed. */
    private static final String SHIRT = "variant_shirt";
    private static final String MUG = "variant_mug";
    private static final String SHIRTS = OrderIds.item(ORDER, "cali_shirt");
    private static final String MUGS = OrderIds.item(ORDER, "cali_mug");
    private static final String SHIRTS_RESERVATION = OrderIds.reservation(CHECKOUT, "cali_shirt");
    private static final long PAYMENT_VERSION = 7;

    private final List<Object> sent = new ArrayList<>();
    private FixtureConfiguration<Order> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Order.class);
        fixture.registerInjectableResource(new OrderNumbers(null));
        DefaultCommandGateway commands = DefaultCommandGateway.builder().commandBus(fixture.getCommandBus()).build();
        fixture.registerAnnotatedCommandHandler(new OrderCancellation(fixture.getRepository(), commands));
        fixture.registerAnnotatedCommandHandler(new OrderFulfillment(fixture.getRepository(), commands));
        fixture.registerAnnotatedCommandHandler(new ReturnReceipt(fixture.getRepository(), commands));
        for (Class<?> elsewhere : List.of(ReleaseStockReservationCommand.class, ConsumeReservedStockCommand.class,
                CancelOrRefundPaymentCommand.class, ReturnStockCommand.class, RefundPaymentCommand.class)) {
            fixture.registerCommandHandler(elsewhere, message -> {
                sent.add(message.getPayload());
                return PAYMENT_VERSION;
            });
        }
    }

    private static OrderPlacedEvent placed() {
        CartAddress address = new CartAddress("Ada", "Lovelace", null, "Unter den Linden 1", null, "Berlin", "de", null,
                "10117", null, null);
        CheckoutCart cart = new CheckoutCart(new CartRegion("reg_1", "Europe", "eur", new BigDecimal("19"), true),
                "sc_1", "ada@example.test", null, address, address,
                List.of(line("cali_shirt", SHIRT, 2), line("cali_mug", MUG, 1)),
                new CheckoutCart.ShippingMethod("casm_1", "so_1", "Standard", 800), List.of(), Set.of(SHIRT));
        return new OrderPlacedEvent(ORDER, 1, "cart_1", CHECKOUT, cart, "pay_col_1", "pay_1");
    }

    private static CartLineItem line(String lineItemId, String variantId, long quantity) {
        return new CartLineItem(lineItemId, variantId, "prod_1", "Item", "Item", "item", "S", null, null, 1000,
                quantity, null);
    }

    private static OrderFulfillmentCreatedEvent fulfilled(String fulfillmentId, String itemId, long quantity) {
        return new OrderFulfillmentCreatedEvent(ORDER, fulfillmentId,
                List.of(new OrderFulfillmentCreatedEvent.Item(itemId, quantity)));
    }

    private static CreateFulfillmentCommand fulfil(String fulfillmentId, CreateFulfillmentCommand.Item... items) {
        return new CreateFulfillmentCommand(ORDER, null, fulfillmentId, List.of(items));
    }

    private static CreateFulfillmentCommand.Item item(String id, long quantity) {
        return new CreateFulfillmentCommand.Item(id, quantity);
    }

    private static OrderFulfillmentShippedEvent shipped(String fulfillmentId) {
        return new OrderFulfillmentShippedEvent(ORDER, fulfillmentId, List.of());
    }

    /** What the shopper paid for the order's line {@code index}, all units. */
    private static long paid(int index) {
        return placed().cart().totals().items().get(index).total();
    }

    private static RequestReturnCommand requestReturn(String returnId, RequestReturnCommand.Item... items) {
        return new RequestReturnCommand(ORDER, returnId, List.of(items), null, null);
    }

    private static RequestReturnCommand.Item returning(String itemId, long quantity) {
        return new RequestReturnCommand.Item(itemId, quantity, null, null);
    }

    private static ReturnRequestedEvent returnRequested(String returnId, String itemId, long quantity, long refund) {
        return new ReturnRequestedEvent(ORDER, returnId,
                List.of(new ReturnRequestedEvent.Item(itemId, quantity, null, null, refund)), null, null, refund);
    }

    // Cancel

    @Test
    void cancelingReleasesTheReservationsAndGivesThePaymentBack() {
        fixture.given(placed())
                .when(new CancelOrderCommand(ORDER, null))
                .expectEvents(new OrderCanceledEvent(ORDER))
                .expectResultMessagePayload(new OrderCancellation.Canceled(1, "pay_col_1", PAYMENT_VERSION));
        assertThat(sent).containsExactly(new ReleaseStockReservationCommand(SHIRT, SHIRTS_RESERVATION),
                new CancelOrRefundPaymentCommand("pay_col_1", "pay_1", Ids.derived("ref", ORDER, "canceled"),
                        "Order canceled"));
    }

    @Test
    void aCanceledOrderCannotBeCanceledAgain() {
        fixture.given(placed(), new OrderCanceledEvent(ORDER))
                .when(new CancelOrderCommand(ORDER, null))
                .expectException(refusal(400, "not_allowed"))
                .expectExceptionMessage("Order '" + ORDER + "' is canceled and cannot be canceled")
                .expectNoEvents();
        assertThat(sent).isEmpty();
    }

    @Test
    void anOrderWithAFulfillmentCannotBeCanceled() {
        fixture.given(placed(), fulfilled("ful_1", MUGS, 1))
                .when(new CancelOrderCommand(ORDER, null))
                .expectException(refusal(400, "not_allowed"))
                .expectExceptionMessage("Order '" + ORDER + "' has fulfillments and cannot be canceled")
                .expectNoEvents();
        assertThat(sent).isEmpty();
    }

    // Fulfillments

    @Test
    void aFulfillmentPacksItemsAndTakesTheirReservedStock() {
        fixture.given(placed())
                .when(fulfil("ful_1", item(SHIRTS, 1), item(MUGS, 1)))
                .expectEvents(new OrderFulfillmentCreatedEvent(ORDER, "ful_1", List.of(
                        new OrderFulfillmentCreatedEvent.Item(SHIRTS, 1), new OrderFulfillmentCreatedEvent.Item(MUGS, 1))))
                .expectResultMessagePayload(1L);
        assertThat(sent).containsExactly(new ConsumeReservedStockCommand(SHIRT, SHIRTS_RESERVATION, "ful_1", 1));
    }

    @Test
    void aFulfillmentAskedAgainUnderItsIdPacksNothingMore() {
        fixture.given(placed(), fulfilled("ful_1", SHIRTS, 1))
                .when(fulfil("ful_1", item(SHIRTS, 1)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        assertThat(sent).isEmpty();
    }

    @Test
    void noMoreThanIsLeftCanBeFulfilled() {
        fixture.given(placed(), fulfilled("ful_1", SHIRTS, 1))
                .when(fulfil("ful_2", item(SHIRTS, 2)))
                .expectException(refusal(400, "invalid_data"))
                .expectExceptionMessage("Invalid request: Field 'items[0].quantity': item '" + SHIRTS
                        + "' has 1 left to fulfil, 2 requested")
                .expectNoEvents();
        assertThat(sent).isEmpty();
    }

    @Test
    void aFulfillmentNamesItemsOfTheOrderOnceEachWithAQuantity() {
        fixture.given(placed())
                .when(fulfil("ful_1", item("ordli_other", 1)))
                .expectException(refusal(400, "invalid_data"))
                .expectExceptionMessage("Invalid request: Field 'items[0].id': order '" + ORDER
                        + "' has no item 'ordli_other'");
        fixture.given(placed())
                .when(fulfil("ful_1", item(MUGS, 1), item(MUGS, 0)))
                .expectException(refusal(400, "invalid_data"))
                .expectExceptionMessage("Invalid request: Field 'items[1].quantity' must be at least 1");
        fixture.given(placed())
                .when(fulfil("ful_1", item(SHIRTS, 1), item(SHIRTS, 1)))
                .expectException(refusal(400, "invalid_data"))
                .expectExceptionMessage("Invalid request: Field 'items[1].id': item '" + SHIRTS + "' is listed twice");
        fixture.given(placed())
                .when(fulfil("ful_1"))
                .expectException(refusal(400, "invalid_data"))
                .expectExceptionMessage("Invalid request: Field 'items' must list at least one item")
                .expectNoEvents();
        assertThat(sent).isEmpty();
    }

    @Test
    void aCanceledOrderCannotBeFulfilled() {
        fixture.given(placed(), new OrderCanceledEvent(ORDER))
                .when(fulfil("ful_1", item(MUGS, 1)))
                .expectException(refusal(400, "not_allowed"))
                .expectNoEvents();
    }

    // Returns

    @Test
    void aReturnOfFulfilledUnitsFixesTheirShareOfWhatWasPaidLessReturnShipping() {
        ReturnRequestedEvent.Shipping shipping = new ReturnRequestedEvent.Shipping("so_return", "Return by post", 300);
        fixture.given(placed(), fulfilled("ful_1", SHIRTS, 2))
                .when(new RequestReturnCommand(ORDER, "ret_1",
                        List.of(new RequestReturnCommand.Item(SHIRTS, 1L, "rr_1", " Too small ")), shipping, "Box"))
                .expectEvents(new ReturnRequestedEvent(ORDER, "ret_1",
                        List.of(new ReturnRequestedEvent.Item(SHIRTS, 1, "rr_1", "Too small", paid(0) / 2)), shipping,
                        "Box", paid(0) / 2 - 300))
                .expectResultMessagePayload(2L);
    }

    @Test
    void unitsNotFulfilledOrClaimedByAnotherReturnCannotBeReturned() {
        fixture.given(placed(), fulfilled("ful_1", SHIRTS, 1))
                .when(requestReturn("ret_1", returning(SHIRTS, 2)))
                .expectException(refusal(400, "invalid_data"))
                .expectExceptionMessage("Invalid request: Field 'items[0].quantity': item '" + SHIRTS
                        + "' has 1 fulfilled and not returned yet, 2 requested");
        fixture.given(placed(), fulfilled("ful_1", SHIRTS, 2), returnRequested("ret_1", SHIRTS, 2, paid(0)))
                .when(requestReturn("ret_2", returning(SHIRTS, 1)))
                .expectException(refusal(400, "invalid_data"))
                .expectNoEvents();
    }

    @Test
    void aReturnRequestedAgainUnderItsIdIsTheSameReturn() {
        fixture.given(placed(), fulfilled("ful_1", SHIRTS, 2), returnRequested("ret_1", SHIRTS, 1, paid(0) / 2),
                        fulfilled("ful_2", MUGS, 1))
                .when(requestReturn("ret_1", returning(SHIRTS, 1)))
                .expectNoEvents()
                .expectResultMessagePayload(2L);
    }

    @Test
    void returningEveryUnitOneByOneRefundsExactlyWhatWasPaid() {
        long first = paid(0) / 2;
        fixture.given(placed(), fulfilled("ful_1", SHIRTS, 2), returnRequested("ret_1", SHIRTS, 1, first))
                .when(requestReturn("ret_2", returning(SHIRTS, 1)))
                .expectEvents(returnRequested("ret_2", SHIRTS, 1, paid(0) - first));
    }

    @Test
    void receivingAReturnRestocksManagedItemsAndRefundsItsAmount() {
        String refundId = Ids.derived("ref", "ret_1", "received");
        ReturnRequestedEvent requested = new ReturnRequestedEvent(ORDER, "ret_1", List.of(
                new ReturnRequestedEvent.Item(SHIRTS, 1, null, null, 1000),
                new ReturnRequestedEvent.Item(MUGS, 1, null, null, 500)), null, null, 1500);
        fixture.given(placed(), fulfilled("ful_1", SHIRTS, 2), fulfilled("ful_2", MUGS, 1), requested)
                .when(new ReceiveReturnCommand(ORDER, "ret_1"))
                .expectEvents(new ReturnReceivedEvent(ORDER, "ret_1", refundId, 1500))
                .expectResultMessagePayload(new ReturnReceipt.Received(4, "pay_col_1", PAYMENT_VERSION));
        assertThat(sent).containsExactly(new ReturnStockCommand(SHIRT, "ret_1", 1),
                new RefundPaymentCommand("pay_col_1", null, "pay_1", refundId, 1500, "Return ret_1"));
    }

    @Test
    void aReturnIsReceivedOnceAndACanceledOneNever() {
        fixture.given(placed(), fulfilled("ful_1", SHIRTS, 2), returnRequested("ret_1", SHIRTS, 1, 1000),
                        new ReturnReceivedEvent(ORDER, "ret_1", "ref_1", 1000))
                .when(new ReceiveReturnCommand(ORDER, "ret_1"))
                .expectException(refusal(400, "not_allowed"))
                .expectExceptionMessage("Return 'ret_1' is received and cannot be received");
        fixture.given(placed(), fulfilled("ful_1", SHIRTS, 2), returnRequested("ret_1", SHIRTS, 1, 1000),
                        new ReturnCanceledEvent(ORDER, "ret_1"))
                .when(new ReceiveReturnCommand(ORDER, "ret_1"))
                .expectException(refusal(400, "not_allowed"))
                .expectExceptionMessage("Return 'ret_1' is canceled and cannot be received");
        assertThat(sent).isEmpty();
    }

    @Test
    void aCanceledReturnsUnitsCanBeReturnedAgain() {
        fixture.given(placed(), fulfilled("ful_1", SHIRTS, 2), returnRequested("ret_1", SHIRTS, 2, paid(0)),
                        new ReturnCanceledEvent(ORDER, "ret_1"))
                .when(requestReturn("ret_2", returning(SHIRTS, 2)))
                .expectEvents(returnRequested("ret_2", SHIRTS, 2, paid(0)));
    }

    @Test
    void aCanceledOrderHasNothingToReturn() {
        fixture.given(placed(), new OrderCanceledEvent(ORDER))
                .when(requestReturn("ret_1", returning(SHIRTS, 1)))
                .expectException(refusal(400, "not_allowed"))
                .expectExceptionMessage("Order '" + ORDER + "' is canceled and has nothing to return");
    }

    // Shipments and deliveries

    @Test
    void aFulfillmentShipsWithItsLabels() {
        Label label = new Label("1Z999", "https://track.example/1Z999", null);
        fixture.given(placed(), fulfilled("ful_1", MUGS, 1))
                .when(new CreateShipmentCommand(ORDER, null, "ful_1", List.of(label)))
                .expectEvents(new OrderFulfillmentShippedEvent(ORDER, "ful_1", List.of(label)))
                .expectResultMessagePayload(2L);
    }

    @Test
    void aLabelNeedsATrackingNumber() {
        fixture.given(placed(), fulfilled("ful_1", MUGS, 1))
                .when(new CreateShipmentCommand(ORDER, null, "ful_1", List.of(new Label(" ", null, null))))
                .expectException(refusal(400, "invalid_data"))
                .expectExceptionMessage("Invalid request: Field 'labels[0].tracking_number' is required")
                .expectNoEvents();
    }

    @Test
    void aFulfillmentShipsOnce() {
        fixture.given(placed(), fulfilled("ful_1", MUGS, 1), shipped("ful_1"))
                .when(new CreateShipmentCommand(ORDER, null, "ful_1", null))
                .expectException(refusal(400, "not_allowed"))
                .expectNoEvents();
    }

    @Test
    void anUnknownFulfillmentIsNotFound() {
        fixture.given(placed())
                .when(new CreateShipmentCommand(ORDER, null, "ful_unknown", null))
                .expectException(refusal(404, "not_found"))
                .expectNoEvents();
    }

    @Test
    void aShippedFulfillmentIsDeliveredOnce() {
        fixture.given(placed(), fulfilled("ful_1", MUGS, 1), shipped("ful_1"))
                .when(new MarkFulfillmentDeliveredCommand(ORDER, null, "ful_1"))
                .expectEvents(new OrderFulfillmentDeliveredEvent(ORDER, "ful_1"));
        fixture.given(placed(), fulfilled("ful_1", MUGS, 1), shipped("ful_1"),
                        new OrderFulfillmentDeliveredEvent(ORDER, "ful_1"))
                .when(new MarkFulfillmentDeliveredCommand(ORDER, null, "ful_1"))
                .expectException(refusal(400, "not_allowed"))
                .expectNoEvents();
    }

    @Test
    void anUnshippedFulfillmentCannotBeDelivered() {
        fixture.given(placed(), fulfilled("ful_1", MUGS, 1))
                .when(new MarkFulfillmentDeliveredCommand(ORDER, null, "ful_1"))
                .expectException(refusal(400, "not_allowed"))
                .expectExceptionMessage("Fulfillment 'ful_1' is not shipped yet")
                .expectNoEvents();
    }

    // Completion

    @Test
    void anOrderWhoseItemsAreAllFulfilledCompletes() {
        fixture.given(placed(), fulfilled("ful_1", SHIRTS, 2), fulfilled("ful_2", MUGS, 1))
                .when(new CompleteOrderCommand(ORDER, null))
                .expectEvents(new OrderCompletedEvent(ORDER));
    }

    @Test
    void anOrderWithItemsLeftToFulfilCannotComplete() {
        fixture.given(placed(), fulfilled("ful_1", SHIRTS, 1), fulfilled("ful_2", MUGS, 1))
                .when(new CompleteOrderCommand(ORDER, null))
                .expectException(refusal(400, "not_allowed"))
                .expectExceptionMessage("Order '" + ORDER + "' has items not fulfilled yet")
                .expectNoEvents();
    }

    @Test
    void aCompletedOrderCannotBeCompletedOrCanceled() {
        fixture.given(placed(), fulfilled("ful_1", SHIRTS, 2), fulfilled("ful_2", MUGS, 1),
                        new OrderCompletedEvent(ORDER))
                .when(new CompleteOrderCommand(ORDER, null))
                .expectException(refusal(400, "not_allowed"))
                .expectExceptionMessage("Order '" + ORDER + "' is completed and cannot be completed");
        fixture.given(placed(), fulfilled("ful_1", SHIRTS, 2), new OrderCompletedEvent(ORDER))
                .when(new CancelOrderCommand(ORDER, null))
                .expectException(refusal(400, "not_allowed"))
                .expectNoEvents();
    }
}
