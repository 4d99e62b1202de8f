package io.cartlog.command.customer;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Map;

/** An address as the store API's body has it; on an update, absent fields keep their values. */
public record AddressInput(
        String addressName,
        String firstName,
        String lastName,
        String company,
        @JsonProperty("address_1") @JsonAlias("address1") String address1,
        @JsonProperty("address_2") @JsonAlias("address2") String address2,
        String city,
        String countryCode,
        String province,
        String postalCode,
        String phone,
        Boolean isDefaultShipping,
        Boolean isDefaultBilling,
        Map<String, Object> metadata) {
}
