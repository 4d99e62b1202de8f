package io.cartlog.command.customer;

import io.cartlog.events.customer.CustomerAddress;

/** Addresses made from a request's fields, and updated by them. */
final class CustomerAddresses {

    static final AddressInput NO_CHANGES = new AddressInput(null, null, null, null, null, null, null, null, null,
            null, null, null, null, null);

    private CustomerAddresses() {
    }

    static CustomerAddress of(String addressId, AddressInput in) {
        return merged(new CustomerAddress(addressId, null, null, null, null, null, null, null, null, null, null, null,
                false, false, null), in);
    }

    static CustomerAddress merged(CustomerAddress current, AddressInput in) {
        return new CustomerAddress(current.addressId(),
                or(in.addressName(), current.addressName()), or(in.firstName(), current.firstName()),
                or(in.lastName(), current.lastName()), or(in.company(), current.company()),
                or(in.address1(), current.address1()), or(in.address2(), current.address2()),
                or(in.city(), current.city()), or(in.countryCode(), current.countryCode()),
                or(in.province(), current.province()), or(in.postalCode(), current.postalCode()),
                or(in.phone(), current.phone()),
                in.isDefaultShipping() == null ? current.isDefaultShipping() : in.isDefaultShipping(),
                in.isDefaultBilling() == null ? current.isDefaultBilling() : in.isDefaultBilling(),
                or(in.metadata(), current.metadata()));
    }

    private static <T> T or(T value, T current) {
        return value == null ? current : value;
    }
}
