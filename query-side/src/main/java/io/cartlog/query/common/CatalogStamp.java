package io.cartlog.query.common;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The counters of {@code catalog_stamp}: each catalog projection raises its own in the
 * transaction of every change it makes, so a response cached under the sum of the counters is
 * known to be current for as long as the sum stays the same, on every node.
 */
@Component
public class CatalogStamp {

    private final JdbcClient jdbc;

    CatalogStamp(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void raise(String readModel) {
        jdbc.sql("UPDATE catalog_stamp SET stamp = stamp + 1 WHERE name = ?").param(readModel).update();
    }
}
