package io.cartlog.query.region;

import io.cartlog.events.common.Countries;
import io.cartlog.query.common.JsonColumns;
import io.cartlog.query.common.Page;
import io.cartlog.queries.region.RegionView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Repository
class RegionRepository {

    private final JdbcClient jdbc;
    private final JsonColumns json;

    RegionRepository(JdbcClient jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Inserts the region unless a replayed event finds it already there. */
    void insert(String id, String name, String currencyCode, BigDecimal taxRate, boolean automaticTaxes,
                Map<String, Object> metadata, List<String> countries, long version, Instant at) {
        int inserted = jdbc.sql("""
                        INSERT INTO region_view (id, name, currency_code, tax_rate, automatic_taxes, metadata, version,
                                                 created_at, updated_at)
                        SELECT ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM region_view WHERE id = ?)""")
                .params(id, name, currencyCode, taxRate, automaticTaxes, json.write(metadata), version, utc(at), utc(at), id)
                .update();
        if (inserted == 1) {
            replaceCountries(id, countries);
        }
    }

    /** Applies an update unless the row already reflects this version or a later one. */
    void update(String id, String name, String currencyCode, BigDecimal taxRate, boolean automaticTaxes,
                Map<String, Object> metadata, List<String> countries, long version, Instant at) {
        int updated = jdbc.sql("""
                        UPDATE region_view SET name = ?, currency_code = ?, tax_rate = ?, automatic_taxes = ?, metadata = ?,
                                               version = ?, updated_at = ?
                        WHERE id = ? AND version < ?""")
                .params(name, currencyCode, taxRate, automaticTaxes, json.write(metadata), version, utc(at), id, version)
                .update();
        if (updated == 1) {
            replaceCountries(id, countries);
        }
    }

    void delete(String id) {
        jdbc.sql("DELETE FROM region_view WHERE id = ?").param(id).update();
    }

    void deleteAll() {
        jdbc.sql("DELETE FROM region_country").update();
        jdbc.sql("DELETE FROM region_view").update();
    }

    Optional<RegionView> find(String id) {
        return jdbc.sql("SELECT * FROM region_view WHERE id = ?").param(id)
                .query(this::row).optional()
                .map(row -> row.toView(countriesOf(List.of(id)).getOrDefault(id, List.of())));
    }

    List<RegionView> list(Page page) {
        List<Row> rows = jdbc.sql("SELECT * FROM region_view ORDER BY created_at, id LIMIT ? OFFSET ?")
                .params(page.limit(), page.offset())
                .query(this::row).list();
        Map<String, List<RegionView.CountryView>> countries = countriesOf(rows.stream().map(Row::id).toList());
        return rows.stream().map(row -> row.toView(countries.getOrDefault(row.id(), List.of()))).toList();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM region_view").query(Long.class).single();
    }

    private void replaceCountries(String regionId, List<String> countries) {
        jdbc.sql("DELETE FROM region_country WHERE region_id = ?").param(regionId).update();
        for (int position = 0; position < countries.size(); position++) {
            jdbc.sql("INSERT INTO region_country (region_id, iso_2, position) VALUES (?, ?, ?)")
                    .params(regionId, countries.get(position), position)
                    .update();
        }
    }

    private Map<String, List<RegionView.CountryView>> countriesOf(List<String> regionIds) {
        Map<String, List<RegionView.CountryView>> byRegion = new LinkedHashMap<>();
        if (regionIds.isEmpty()) {
            return byRegion;
        }
        jdbc.sql("SELECT region_id, iso_2 FROM region_country WHERE region_id IN (:ids) ORDER BY region_id, position")
                .param("ids", regionIds)
                .query((rs, n) -> {
                    String regionId = rs.getString("region_id");
                    Countries.find(rs.getString("iso_2")).ifPresent(country ->
                            byRegion.computeIfAbsent(regionId, id -> new ArrayList<>()).add(new RegionView.CountryView(
                                    country.iso2(), country.iso3(), null, country.name(), country.displayName(), regionId)));
                    return regionId;
                })
                .list();
        return byRegion;
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getString("id"), rs.getString("name"), rs.getString("currency_code"),
                rs.getBigDecimal("tax_rate"), rs.getBoolean("automatic_taxes"), json.readMap(rs.getString("metadata")),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(), rs.getLong("version"));
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private record Row(String id, String name, String currencyCode, BigDecimal taxRate, boolean automaticTaxes,
                       Map<String, Object> metadata, Instant createdAt, Instant updatedAt, long version) {

        RegionView toView(List<RegionView.CountryView> countries) {
            return new RegionView(id, name, currencyCode, taxRate.stripTrailingZeros(), automaticTaxes, countries,
                    metadata, createdAt, updatedAt, null, version);
        }
    }
}
