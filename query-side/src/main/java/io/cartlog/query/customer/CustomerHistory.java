package io.cartlog.query.customer;

import io.cartlog.events.customer.CustomerAddress;
import io.cartlog.events.customer.CustomerAddressAddedEvent;
import io.cartlog.events.customer.CustomerAddressRemovedEvent;
import io.cartlog.events.customer.CustomerAddressUpdatedEvent;
import io.cartlog.events.customer.CustomerCreatedEvent;
import io.cartlog.events.customer.CustomerRegisteredEvent;
import io.cartlog.events.customer.CustomerUpdatedEvent;
import io.cartlog.queries.customer.CustomerView;
import io.cartlog.queries.customer.CustomerView.AddressView;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What each customer event does to the customer's view, in one place: the customer view applies
 * it as events arrive, time travel folds a customer's history with it.
 */
final class CustomerHistory {

    private CustomerHistory() {
    }

    /** The customer after {@code event}, at {@code version}; {@code c} is null before its creation. */
    static CustomerView apply(CustomerView c, Object event, long version, Instant at) {
        if (event instanceof CustomerCreatedEvent e) {
            return new CustomerView(e.customerId(), e.email(), e.companyName(), e.firstName(), e.lastName(), e.phone(),
                    e.metadata(), e.hasAccount(), null, null, List.of(), at, at, null, version);
        } else if (event instanceof CustomerRegisteredEvent) {
            return new CustomerView(c.id(), c.email(), c.companyName(), c.firstName(), c.lastName(), c.phone(),
                    c.metadata(), true, c.defaultShippingAddressId(), c.defaultBillingAddressId(), c.addresses(),
                    c.createdAt(), at, null, version);
        } else if (event instanceof CustomerUpdatedEvent e) {
            return new CustomerView(c.id(), e.email(), e.companyName(), e.firstName(), e.lastName(), e.phone(),
                    e.metadata(), c.hasAccount(), c.defaultShippingAddressId(), c.defaultBillingAddressId(),
                    c.addresses(), c.createdAt(), at, null, version);
        } else if (event instanceof CustomerAddressAddedEvent e) {
            return withAddress(c, e.address(), at, version);
        } else if (event instanceof CustomerAddressUpdatedEvent e) {
            return withAddress(c, e.address(), at, version);
        } else if (event instanceof CustomerAddressRemovedEvent e) {
            return withAddresses(c, c.addresses().stream()
                    .filter(address -> !address.id().equals(e.addressId())).toList(), at, version);
        }
        return c;
    }

    /** The address added or changed; the others yield the defaults it takes, as in the aggregate. */
    private static CustomerView withAddress(CustomerView c, CustomerAddress changed, Instant at, long version) {
        List<AddressView> addresses = new ArrayList<>();
        boolean replaced = false;
        for (AddressView address : c.addresses()) {
            if (address.id().equals(changed.addressId())) {
                addresses.add(view(c.id(), changed, address.createdAt(), at));
                replaced = true;
            } else {
                addresses.add(view(c.id(), stored(address).yieldingDefaultsTo(changed), address.createdAt(),
                        address.updatedAt()));
            }
        }
        if (!replaced) {
            addresses.add(view(c.id(), changed, at, at));
        }
        return withAddresses(c, addresses, at, version);
    }

    private static CustomerView withAddresses(CustomerView c, List<AddressView> addresses, Instant at, long version) {
        String shipping = addresses.stream().filter(AddressView::isDefaultShipping).map(AddressView::id).findFirst()
                .orElse(null);
        String billing = addresses.stream().filter(AddressView::isDefaultBilling).map(AddressView::id).findFirst()
                .orElse(null);
        return new CustomerView(c.id(), c.email(), c.companyName(), c.firstName(), c.lastName(), c.phone(),
                c.metadata(), c.hasAccount(), shipping, billing, List.copyOf(addresses), c.createdAt(), at, null,
                version);
    }

    private static AddressView view(String customerId, CustomerAddress a, Instant createdAt, Instant updatedAt) {
        return new AddressView(a.addressId(), a.addressName(), a.isDefaultShipping(), a.isDefaultBilling(), customerId,
                a.company(), a.firstName(), a.lastName(), a.address1(), a.address2(), a.city(), a.countryCode(),
                a.province(), a.postalCode(), a.phone(), a.metadata(), createdAt, updatedAt);
    }

    private static CustomerAddress stored(AddressView a) {
        return new CustomerAddress(a.id(), a.addressName(), a.firstName(), a.lastName(), a.company(), a.address1(),
                a.address2(), a.city(), a.countryCode(), a.province(), a.postalCode(), a.phone(), a.isDefaultShipping(),
                a.isDefaultBilling(), a.metadata());
    }
}
