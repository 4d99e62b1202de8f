package io.cartlog.command.payment;

import io.cartlog.command.common.RetryingCommands;
import io.cartlog.events.common.Ids;
import io.cartlog.platform.readmodel.ReadModelQueries;
import io.cartlog.platform.readmodel.ReadYourWrites;
import io.cartlog.platform.web.ApiException;
import io.cartlog.queries.cart.CartView;
import io.cartlog.queries.cart.FindCartQuery;
import io.cartlog.queries.payment.FindPaymentCollectionQuery;
import io.cartlog.queries.payment.FindPaymentQuery;
import io.cartlog.queries.payment.PaymentCollectionView;
import io.cartlog.queries.payment.PaymentView;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * What the payment routes share: the cart and collection as the read models show them, the one
 * collection of a cart, sending a command and answering with the views at or after its version.
 */
@Component
class PaymentCommands {

    private final CommandGateway commands;
    private final RetryingCommands retrying;
    private final ReadModelQueries queries;
    private final ReadYourWrites readModel;
    private final CartPaymentCollections collections;

    PaymentCommands(CommandGateway commands, RetryingCommands retrying, ReadModelQueries queries,
                    ReadYourWrites readModel, CartPaymentCollections collections) {
        this.commands = commands;
        this.retrying = retrying;
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
        return send(command, null);
    }

    /** As {@link #send(Object)}; with an expected version, a lost race is the client's 409. */
    long send(Object command, Long expectedVersion) {
        Object version = retrying.send(command, expectedVersion, "payment collection");
        return version instanceof Long produced ? produced : 0L;
    }

    /** The payment, or 404 {@code not_found}. */
    PaymentView payment(String paymentId) {
        return queries.find(new FindPaymentQuery(paymentId), PaymentView.class)
                .orElseThrow(() -> ApiException.notFound("not_found", "Payment with id '" + paymentId
                        + "' was not found"));
    }

    /** The payment as its collection's view shows it at or after {@code version}. */
    PaymentView paymentAt(PaymentView payment, long version) {
        return collectionAt(payment.paymentCollectionId(), version).payments().stream()
                .filter(shown -> shown.id().equals(payment.id()))
                .findFirst().orElseThrow();
    }

    PaymentCollectionView collectionAt(String paymentCollectionId, long version) {
        return readModel.awaitReported(new FindPaymentCollectionQuery(paymentCollectionId), PaymentCollectionView.class,
                PaymentCollectionView::version, version);
    }

    /** The cart once its view shows the collection at {@code version} (the cart view embeds it). */
    CartView cartAt(String cartId, String paymentCollectionId, long version) {
        collectionAt(paymentCollectionId, version);
        return cart(cartId);
    }
}
