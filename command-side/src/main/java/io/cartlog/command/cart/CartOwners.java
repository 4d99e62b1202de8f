package io.cartlog.command.cart;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code cart_owner} table the storefront's cart routes are checked against
 * ({@code CartOwnershipFilter}): written by the cart's command handlers, in the transaction that
 * appends their events, so a cart is never owned in one and anonymous in the other.
 */
@Component
class CartOwners {

    private final JdbcClient jdbc;

    CartOwners(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void set(String cartId, String customerId) {
        jdbc.sql("DELETE FROM cart_owner WHERE cart_id = ?").param(cartId).update();
        if (customerId != null) {
            jdbc.sql("INSERT INTO cart_owner (cart_id, customer_id) VALUES (?, ?)").params(cartId, customerId).update();
        }
    }
}
