package io.cartlog.events.customer;

import java.util.Map;

/** An address in a customer's address book, as Medusa v2 names its fields. */
public record CustomerAddress(
        String addressId,
        String addressName,
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
        boolean isDefaultShipping,
        boolean isDefaultBilling,
        Map<String, Object> metadata) {

    /**
     * This address once {@code changed} is stored: a book has one default shipping and one
     * default billing address, so it loses the defaults {@code changed} takes.
     */
    public CustomerAddress yieldingDefaultsTo(CustomerAddress changed) {
        if (addressId.equals(changed.addressId())
                || !(changed.isDefaultShipping() && isDefaultShipping || changed.isDefaultBilling() && isDefaultBilling)) {
            return this;
        }
        return new CustomerAddress(addressId, addressName, firstName, lastName, company, address1, address2, city,
                countryCode, province, postalCode, phone, isDefaultShipping && !changed.isDefaultShipping(),
                isDefaultBilling && !changed.isDefaultBilling(), metadata);
    }
}
