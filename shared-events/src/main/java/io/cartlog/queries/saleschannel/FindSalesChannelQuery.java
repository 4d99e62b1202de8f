package io.cartlog.queries.saleschannel;

public record FindSalesChannelQuery(String salesChannelId) {
}
