package io.cartlog.queries.customer;

public record FindCustomerQuery(String customerId) {
}
