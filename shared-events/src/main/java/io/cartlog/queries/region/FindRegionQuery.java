package io.cartlog.queries.region;

public record FindRegionQuery(String regionId) {
}
