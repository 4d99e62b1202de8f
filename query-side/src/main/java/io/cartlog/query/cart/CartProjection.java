package io.cartlog.query.cart;

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
import io.cartlog.query.common.DocumentBatch;
import io.cartlog.query.common.ViewReports;
import io.cartlog.query.payment.PaymentCollectionRepository;
import io.cartlog.queries.cart.CartView;
import io.cartlog.queries.cart.CheckoutCartView;
import io.cartlog.queries.cart.FindCartQuery;
import io.cartlog.queries.cart.FindCheckoutCartQuery;
import io.cartlog.platform.projection.ReadModel;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

/**
 * Keeps each cart's document, written once per batch of events; every handler skips events its row
 * already reflects, so replays are harmless.
 */
@Component
@ProcessingGroup(CartProjection.GROUP)
@ReadModel(tables = "cart_view")
class CartProjection {

    static final String GROUP = "cart-view";

    private final CartRepository carts;
    private final DocumentBatch<CartDocument> changes;
    private final QueryUpdateEmitter updates;
    private final PaymentCollectionRepository payments;

    CartProjection(CartRepository carts, QueryUpdateEmitter updates, PaymentCollectionRepository payments) {
        this.carts = carts;
        this.changes = carts.batch();
        this.updates = updates;
        this.payments = payments;
    }

    @EventHandler
    void on(CartCreatedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        CartDocument cart = CartHistory.apply(null, event, at);
        changes.created(cart.id(), cart, version);
        report(cart, version);
    }

    @EventHandler
    void on(LineItemAddedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.cartId(), version, event, at);
    }

    @EventHandler
    void on(LineItemQuantityChangedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.cartId(), version, event, at);
    }

    @EventHandler
    void on(LineItemRemovedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.cartId(), version, event, at);
    }

    @EventHandler
    void on(CartDetailsUpdatedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.cartId(), version, event, at);
    }

    @EventHandler
    void on(CartRegionChangedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.cartId(), version, event, at);
    }

    @EventHandler
    void on(CartSalesChannelChangedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.cartId(), version, event, at);
    }

    @EventHandler
    void on(ShippingMethodSetEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.cartId(), version, event, at);
    }

    @EventHandler
    void on(ShippingMethodRemovedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.cartId(), version, event, at);
    }

    @EventHandler
    void on(PromotionAppliedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.cartId(), version, event, at);
    }

    @EventHandler
    void on(PromotionRemovedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.cartId(), version, event, at);
    }

    @EventHandler
    void on(CartCompletionStartedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.cartId(), version, event, at);
    }

    @EventHandler
    void on(CartCompletionFailedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.cartId(), version, event, at);
    }

    @EventHandler
    void on(CartCompletedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.cartId(), version, event, at);
    }

    @ResetHandler
    void reset() {
        carts.deleteAll();
    }

    @QueryHandler
    Optional<CartView> handle(FindCartQuery query) {
        return carts.load(query.cartId()).map(stored -> CartRenderer.render(stored.cart(), stored.version(),
                payments.findByCart(query.cartId()).orElse(null)));
    }

    @QueryHandler
    Optional<CheckoutCartView> handle(FindCheckoutCartQuery query) {
        return carts.load(query.cartId()).map(stored -> new CheckoutCartView(stored.cart().checkout(), stored.version()));
    }

    private void change(String cartId, long version, Object event, Instant at) {
        changes.load(cartId)
                .filter(stored -> stored.version() < version)
                .ifPresent(stored -> {
                    CartDocument changed = CartHistory.apply(stored.document(), event, at);
                    changes.changed(cartId, changed, version);
                    report(changed, version);
                });
    }

    /**
     * Hands the new view to requests waiting to read their own change, once the batch commits; it
     * is rendered only when somebody waits for this cart.
     */
    private void report(CartDocument cart, long version) {
        String cartId = cart.id();
        ViewReports.report(updates, FindCartQuery.class, query -> query.cartId().equals(cartId),
                () -> CartRenderer.render(cart, version, payments.findByCart(cartId).orElse(null)));
    }
}
