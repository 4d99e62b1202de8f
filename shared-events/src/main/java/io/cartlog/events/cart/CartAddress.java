package io.cartlog.events.cart;

import java.util.Map;

/** A shipping or billing address as Medusa's store API takes it. */
public record CartAddress(
        String firstName,
        String lastName,
        String company,
        String address1,
        String address2,
        String city,
        String countryCode,
        String province,
        String postalCode,
        String phone,
        Map<String, Object> metadata) {
}
