package io.cartlog.command.order;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The store's running order number ({@code display_id}). The counter row is updated in the
 * transaction that appends the order's event, so numbers are never reused and a rolled-back
 * order gives its number back; concurrent checkouts queue on the row for that short moment.
 */
@Component
class OrderNumbers {

    private final JdbcClient jdbc;

    OrderNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long next() {
        jdbc.sql("UPDATE order_number SET last_number = last_number + 1").update();
        return jdbc.sql("SELECT last_number FROM order_number").query(Long.class).single();
    }
}
