package io.cartlog.queries.customer;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A customer as Medusa v2's store API shows it, with their address book. */
public record CustomerView(
        String id,
        String email,
        String companyName,
        String firstName,
        String lastName,
        String phone,
        Map<String, Object> metadata,
        boolean hasAccount,
        String defaultShippingAddressId,
        String defaultBillingAddressId,
        List<AddressView> addresses,
        Instant createdAt,
        Instant updatedAt,
        Instant deletedAt,
        long version) {

    /** An address with Medusa's field names ({@code address_1}, not the default naming's {@code address1}). */
    public record AddressView(
            String id,
            String addressName,
            boolean isDefaultShipping,
            boolean isDefaultBilling,
            String customerId,
            String company,
            String firstName,
            String lastName,
            @JsonProperty("address_1") String address1,
            @JsonProperty("address_2") String address2,
            String city,
            String countryCode,
            String province,
            String postalCode,
            String phone,
            Map<String, Object> metadata,
            Instant createdAt,
            Instant updatedAt) {
    }
}
