package io.cartlog.query.shipping;

import io.cartlog.events.shipping.ShippingOptionPrice;
import io.cartlog.events.shipping.ShippingOptionType;
import io.cartlog.query.common.JsonColumns;
import io.cartlog.query.common.Page;
import io.cartlog.queries.shipping.ShippingOptionView;
import io.cartlog.queries.shipping.ShippingOptionView.PriceView;
import io.cartlog.queries.shipping.ShippingOptionView.ProviderView;
import io.cartlog.queries.shipping.ShippingOptionView.RuleView;
import io.cartlog.queries.shipping.ShippingOptionView.TypeView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

@Repository
class ShippingOptionRepository {

    private static final TypeReference<List<ShippingOptionPrice>> PRICES = new TypeReference<>() {
    };
    /** Medusa's rules on every option it offers for delivery; Cartlog has no return options yet. */
    private static final List<RuleView> RULES = List.of(
            new RuleView("enabled_in_store", "true", "eq"),
            new RuleView("is_return", "false", "eq"));

    private final JdbcClient jdbc;
    private final JsonColumns json;

    ShippingOptionRepository(JdbcClient jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Inserts the option unless a redelivered event finds it already there. */
    void insert(String id, Attributes attributes, long version, Instant at) {
        jdbc.sql("""
                        INSERT INTO shipping_option_view (id, name, region_id, price_type, provider_id, type_label, type_code,
                                                          type_description, prices, data, metadata, version, created_at,
                                                          updated_at)
                        SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?
                        WHERE NOT EXISTS (SELECT 1 FROM shipping_option_view WHERE id = ?)""")
                .params(id, attributes.name(), attributes.regionId(), attributes.priceType(), attributes.providerId(),
                        attributes.type().label(), attributes.type().code(), attributes.type().description(),
                        json.write(attributes.prices()), json.write(attributes.data()), json.write(attributes.metadata()),
                        version, utc(at), utc(at), id)
                .update();
    }

    /** Applies an update unless the row already reflects this version or a later one. */
    void update(String id, Attributes attributes, long version, Instant at) {
        jdbc.sql("""
                        UPDATE shipping_option_view SET name = ?, region_id = ?, price_type = ?, provider_id = ?,
                                                        type_label = ?, type_code = ?, type_description = ?, prices = ?,
                                                        data = ?, metadata = ?, version = ?, updated_at = ?
                        WHERE id = ? AND version < ?""")
                .params(attributes.name(), attributes.regionId(), attributes.priceType(), attributes.providerId(),
                        attributes.type().label(), attributes.type().code(), attributes.type().description(),
                        json.write(attributes.prices()), json.write(attributes.data()), json.write(attributes.metadata()),
                        version, utc(at), id, version)
                .update();
    }

    void markDeleted(String id, long version, Instant at) {
        jdbc.sql("UPDATE shipping_option_view SET deleted_at = ?, updated_at = ?, version = ? WHERE id = ? AND version < ?")
                .params(utc(at), utc(at), version, id, version)
                .update();
    }

    void deleteAll() {
        jdbc.sql("DELETE FROM shipping_option_view").update();
    }

    Optional<ShippingOptionView> find(String id) {
        List<Row> rows = jdbc.sql("SELECT * FROM shipping_option_view WHERE id = ? AND deleted_at IS NULL").param(id)
                .query(this::row).list();
        return views(rows).stream().findFirst();
    }

    /** Live options, of one region when {@code regionId} is given, oldest first. */
    List<ShippingOptionView> list(String regionId, Page page) {
        return views(jdbc.sql("SELECT * FROM shipping_option_view WHERE deleted_at IS NULL"
                        + (regionId == null ? "" : " AND region_id = :region") + " ORDER BY created_at, id LIMIT :limit OFFSET :offset")
                .param("region", regionId)
                .param("limit", page.limit())
                .param("offset", page.offset())
                .query(this::row).list());
    }

    long count(String regionId) {
        return jdbc.sql("SELECT COUNT(*) FROM shipping_option_view WHERE deleted_at IS NULL"
                        + (regionId == null ? "" : " AND region_id = :region"))
                .param("region", regionId)
                .query(Long.class).single();
    }

    /**
     * Rows as views, with region prices in their region's currency. Currencies are read from the
     * region read model when queried, so they follow a region's changes and do not depend on the
     * order in which the two processing groups catch up.
     */
    private List<ShippingOptionView> views(List<Row> rows) {
        List<String> regionIds = rows.stream()
                .flatMap(row -> Stream.concat(Stream.of(row.regionId()), row.prices().stream().map(ShippingOptionPrice::regionId)))
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        Map<String, String> currencies = new HashMap<>();
        if (!regionIds.isEmpty()) {
            jdbc.sql("SELECT id, currency_code FROM region_view WHERE id IN (:ids)")
                    .param("ids", regionIds)
                    .query((rs, n) -> currencies.put(rs.getString("id"), rs.getString("currency_code")))
                    .list();
        }
        return rows.stream().map(row -> row.toView(currencies)).toList();
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getString("id"), rs.getString("name"), rs.getString("region_id"), rs.getString("price_type"),
                rs.getString("provider_id"),
                new ShippingOptionType(rs.getString("type_label"), rs.getString("type_code"), rs.getString("type_description")),
                json.read(rs.getString("prices"), PRICES), json.readMap(rs.getString("data")),
                json.readMap(rs.getString("metadata")), instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("updated_at")), rs.getLong("version"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    /** What the created and updated events both carry. */
    record Attributes(String name, String regionId, String priceType, List<ShippingOptionPrice> prices,
                      ShippingOptionType type, String providerId, Map<String, Object> data,
                      Map<String, Object> metadata) {
    }

    private record Row(String id, String name, String regionId, String priceType, String providerId,
                       ShippingOptionType type, List<ShippingOptionPrice> prices, Map<String, Object> data,
                       Map<String, Object> metadata, Instant createdAt, Instant updatedAt, long version) {

        ShippingOptionView toView(Map<String, String> currencies) {
            List<PriceView> priceViews = new ArrayList<>();
            for (ShippingOptionPrice price : prices) {
                List<RuleView> rules = price.regionId() == null ? List.of()
                        : List.of(new RuleView("region_id", price.regionId(), "eq"));
                String currency = price.currencyCode() != null ? price.currencyCode() : currencies.get(price.regionId());
                priceViews.add(new PriceView(currency, price.amount(), rules.size(), rules));
            }
            return new ShippingOptionView(id, name, priceType, regionId, providerId, new ProviderView(providerId, true),
                    data, metadata, new TypeView(type.label(), type.code(), type.description()), RULES, priceViews,
                    amountIn(currencies.get(regionId)), false, createdAt, updatedAt, null, version);
        }

        /** The price set for the option's region, else the one in the region's currency. */
        private Long amountIn(String regionCurrency) {
            return prices.stream().filter(price -> regionId.equals(price.regionId())).findFirst()
                    .or(() -> prices.stream()
                            .filter(price -> price.currencyCode() != null && price.currencyCode().equals(regionCurrency))
                            .findFirst())
                    .map(ShippingOptionPrice::amount)
                    .orElse(null);
        }
    }
}
