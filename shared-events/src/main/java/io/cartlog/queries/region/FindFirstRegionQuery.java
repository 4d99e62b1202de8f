package io.cartlog.queries.region;

/** The oldest region: where a cart created without a region is priced, as Medusa's default region. */
public record FindFirstRegionQuery() {
}
