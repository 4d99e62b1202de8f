package io.cartlog.command.payment;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** {@link CartPaymentCollections} on {@code payment_collection_cart}; two concurrent claims meet at its primary key. */
@Component
class JdbcCartPaymentCollections implements CartPaymentCollections {

    private final JdbcClient jdbc;

    JdbcCartPaymentCollections(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> find(String cartId) {
        return jdbc.sql("SELECT payment_collection_id FROM payment_collection_cart WHERE cart_id = ?")
                .param(cartId).query(String.class).optional();
    }

    @Override
    public void claim(String cartId, String paymentCollectionId) {
        jdbc.sql("INSERT INTO payment_collection_cart (cart_id, payment_collection_id) VALUES (?, ?)")
                .params(cartId, paymentCollectionId).update();
    }
}
