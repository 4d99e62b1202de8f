package io.cartlog.queries.region;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A region as Medusa's store and admin APIs show it. */
public record RegionView(
        String id,
        String name,
        String currencyCode,
        BigDecimal taxRate,
        boolean automaticTaxes,
        List<CountryView> countries,
        Map<String, Object> metadata,
        Instant createdAt,
        Instant updatedAt,
        Instant deletedAt,
        long version) {

    public record CountryView(
            @JsonProperty("iso_2") String iso2,
            @JsonProperty("iso_3") String iso3,
            String numCode,
            String name,
            String displayName,
            String regionId) {
    }
}
