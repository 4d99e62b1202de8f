package io.cartlog.query.analytics;

import io.cartlog.events.cart.CartCompletedEvent;
import io.cartlog.events.cart.CartCompletionFailedEvent;
import io.cartlog.events.cart.CartCompletionStartedEvent;
import io.cartlog.events.cart.CartCreatedEvent;
import io.cartlog.events.cart.CartDetailsUpdatedEvent;
import io.cartlog.events.cart.CartRegionChangedEvent;
import io.cartlog.events.cart.CartSalesChannelChangedEvent;
import io.cartlog.events.cart.LineItemAddedEvent;
import io.cartlog.events.cart.LineItemQuantityChangedEvent;
import io.cartlog.events.cart.LineItemRemovedEvent;
import io.cartlog.events.cart.PromotionAppliedEvent;
import io.cartlog.events.cart.PromotionRemovedEvent;
import io.cartlog.events.cart.ShippingMethodRemovedEvent;
import io.cartlog.events.cart.ShippingMethodSetEvent;
import io.cartlog.events.payment.PaymentCollectionCreatedEvent;
import io.cartlog.platform.projection.ReadModel;
import io.cartlog.query.common.BatchedRows;
import io.cartlog.query.common.DocumentBatch;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.function.UnaryOperator;

/**
 * How far each cart got toward an order, from the first event of the store on (see
 * {@link CartFunnelConfiguration}), each cart written once per batch of events; handlers skip
 * events the row already reflects, so replays are harmless.
 */
@Component
@ProcessingGroup(CartFunnelProjection.GROUP)
@ReadModel(tables = {"cart_funnel", "cart_funnel_payment"})
class CartFunnelProjection {

    static final String GROUP = "cart-funnel";

    private final CartFunnelRepository carts;
    private final DocumentBatch<FunnelCart> changes;
    private final BatchedRows<String> paymentsStarted;

    CartFunnelProjection(CartFunnelRepository carts) {
        this.carts = carts;
        this.changes = carts.batch();
        this.paymentsStarted = carts.paymentsStarted();
    }

    @EventHandler
    void on(CartCreatedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        changes.created(event.cartId(),
                FunnelCart.created(event.cartId(), event.region().currencyCode(), event.region().taxRate(), at), version);
    }

    @EventHandler
    void on(LineItemAddedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.cartId(), version, cart -> cart.withItem(event.item(), at));
    }

    @EventHandler
    void on(LineItemQuantityChangedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.cartId(), version, cart -> cart.withQuantity(event.lineItemId(), event.quantity(), at));
    }

    @EventHandler
    void on(LineItemRemovedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.cartId(), version, cart -> cart.withoutItem(event.lineItemId(), at));
    }

    @EventHandler
    void on(CartRegionChangedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.cartId(), version, cart -> cart.inRegion(event, at));
    }

    @EventHandler
    void on(ShippingMethodSetEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.cartId(), version, cart -> cart.withShipping(at));
    }

    @EventHandler
    void on(PromotionAppliedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.cartId(), version, cart -> cart.withPromotion(event.promotion(), at));
    }

    @EventHandler
    void on(PromotionRemovedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.cartId(), version, cart -> cart.withoutPromotion(event.promotionId(), at));
    }

    @EventHandler
    void on(CartCompletedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.cartId(), version, cart -> cart.completed(at));
    }

    @EventHandler
    void on(CartDetailsUpdatedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.cartId(), version, cart -> cart.touched(at));
    }

    @EventHandler
    void on(CartSalesChannelChangedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.cartId(), version, cart -> cart.touched(at));
    }

    @EventHandler
    void on(ShippingMethodRemovedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.cartId(), version, cart -> cart.touched(at));
    }

    @EventHandler
    void on(CartCompletionStartedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.cartId(), version, cart -> cart.touched(at));
    }

    @EventHandler
    void on(CartCompletionFailedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.cartId(), version, cart -> cart.touched(at));
    }

    /** The collection is a stream of its own, possibly handled before the cart exists here. */
    @EventHandler
    void on(PaymentCollectionCreatedEvent event) {
        paymentsStarted.add(event.cartId());
    }

    @ResetHandler
    void reset() {
        carts.deleteAll();
    }

    private void change(String cartId, long version, UnaryOperator<FunnelCart> change) {
        changes.load(cartId)
                .filter(stored -> stored.version() < version)
                .ifPresent(stored -> changes.changed(cartId, change.apply(stored.document()), version));
    }
}
