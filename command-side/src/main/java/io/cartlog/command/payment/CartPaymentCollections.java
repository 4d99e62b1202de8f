package io.cartlog.command.payment;

import java.util.Optional;

/**
 * The set rule "a cart has at most one payment collection", kept in a lookup table written in the
 * same transaction as the collection's creation event.
 */
public interface CartPaymentCollections {

    Optional<String> find(String cartId);

    /** Claims the cart for the collection; fails on the table's key when another collection holds it. */
    void claim(String cartId, String paymentCollectionId);
}
