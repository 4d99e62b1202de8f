package io.cartlog.query.product;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The currency of each region, from the region read model, refreshed every poll interval. A
 * region not yet in the copy is looked up directly, so a region is usable as soon as its
 * creation was answered; a changed currency or a deleted region shows within the interval.
 */
@Component
class RegionCurrencies {

    private final JdbcClient jdbc;
    private volatile Map<String, String> byRegion = Map.of();

    RegionCurrencies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> currencyOf(String regionId) {
        String currency = byRegion.get(regionId);
        if (currency != null) {
            return Optional.of(currency);
        }
        return jdbc.sql("SELECT currency_code FROM region_view WHERE id = ?").param(regionId)
                .query(String.class).optional();
    }

    @Scheduled(fixedDelayString = "${cartlog.catalog.poll-interval:100ms}")
    void refresh() {
        Map<String, String> regions = new HashMap<>();
        jdbc.sql("SELECT id, currency_code FROM region_view")
                .query((rs, n) -> regions.put(rs.getString("id"), rs.getString("currency_code")))
                .list();
        byRegion = Map.copyOf(regions);
    }
}
