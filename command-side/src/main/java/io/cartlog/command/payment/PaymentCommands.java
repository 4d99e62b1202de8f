package io.cartlog.command.payment;

import io.cartlog.events.common.Ids;
import io.cartlog.platform.readmodel.ReadModelQueries;
import io.cartlog.platform.readmodel.ReadYourWrites;
import io.cartlog.platform.web.ApiException;
import io.cartlog.queries.cart.CartView;
import io.cartlog.queries.cart.FindCartQuery;
import io.cartlog.queries.payment.FindPaymentCollectionQuery;
import io.cartlog.queries.payment.PaymentCollectionView;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Component;

/**
 * What the payment routes share: the cart and collection as the read models show them, the one
 * collection of a cart, sending a command and answering with the views at or after its version.
 */
@Component
class PaymentCommands {

    /** Writers on other nodes can win the race for a sequence number; the loser retries on the new state. */
    private static final int ATTEMPTS = 5;

    private final CommandGateway commands;
    private final ReadModelQueries queries;
    private final ReadYourWrites readModel;
    private final CartPaymentCollections collections;

    PaymentCommands(CommandGateway commands, ReadModelQueries queries, ReadYourWrites readModel,
                    CartPaymentCollections collections) {
        this.commands = commands;
        this.queries = queries;
        this.readModel = readModel;
        this.collections = collections;
    }

    CartView cart(String cartId) {
        if (cartId == null || cartId.isBlank()) {
            throw ApiException.invalidData("Invalid request: Field 'cart_id' is required");
        }
        return queries.find(new FindCartQuery(cartId), CartView.class)
                .orElseThrow(() -> ApiException.notFound("cart_not_found", "Cart with id '" + cartId + "' not found"));
    }

    PaymentCollectionView collection(String paymentCollectionId) {
        return queries.find(new FindPaymentCollectionQuery(paymentCollectionId), PaymentCollectionView.class)
                .orElseThrow(() -> ApiException.notFound("payment_collection_not_found",
                        "Payment collection with id '" + paymentCollectionId + "' not found"));
    }

    /**
     * The cart's collection, created for its total now if it has none. Two concurrent creations meet
     * at the lookup table's key: the loser's transaction rolls back and it answers the winner's.
     */
    String collectionOf(CartView cart) {
        return collections.find(cart.id()).orElseGet(() -> {
            String id = Ids.next("pay_col");
            try {
                commands.sendAndWait(new CreatePaymentCollectionCommand(id, cart.id(), cart.currencyCode(), cart.total()));
                collectionAt(id, 0);
                return id;
            } catch (RuntimeException lostRace) {
                return collections.find(cart.id()).orElseThrow(() -> lostRace);
            }
        });
    }

    /** Sends a collection command answering its version; a race lost to another node is retried. */
    long send(Object command) {
        for (int attempt = 1; ; attempt++) {
            try {
                Object version = commands.sendAndWait(command);
                return version instanceof Long produced ? produced : 0L;
            } catch (ConcurrencyException lostRace) {
                if (attempt == ATTEMPTS) {
                    throw ApiException.conflict("concurrent_modification",
                            "The payment collection was changed by another request; retry");
                }
            }
        }
    }

    PaymentCollectionView collectionAt(String paymentCollectionId, long version) {
        return readModel.await(new FindPaymentCollectionQuery(paymentCollectionId), PaymentCollectionView.class,
                PaymentCollectionView::version, version);
    }

    /** The cart once its view shows the collection at {@code version} (the cart view embeds it). */
    CartView cartAt(String cartId, String paymentCollectionId, long version) {
        collectionAt(paymentCollectionId, version);
        return cart(cartId);
    }
}
