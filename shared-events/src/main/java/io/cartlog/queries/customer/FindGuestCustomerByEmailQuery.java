package io.cartlog.queries.customer;

/** The oldest guest customer (no account) with this email, in any case. */
public record FindGuestCustomerByEmailQuery(String email) {
}
