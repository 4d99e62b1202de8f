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
import io.cartlog.queries.customer.FindCustomerQuery;
import io.cartlog.queries.customer.FindGuestCustomerByEmailQuery;
import io.cartlog.platform.projection.ReadModel;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Keeps each customer as the store API shows them; an event not newer than the row is skipped. */
@Component
@ProcessingGroup(CustomerProjection.GROUP)
@ReadModel(tables = "customer_view")
class CustomerProjection {

    static final String GROUP = "customer-view";

    private final CustomerViewRepository customers;

    CustomerProjection(CustomerViewRepository customers) {
        this.customers = customers;
    }

    @EventHandler
    void on(CustomerCreatedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        customers.insert(new CustomerView(event.customerId(), event.email(), event.companyName(), event.firstName(),
                event.lastName(), event.phone(), event.metadata(), event.hasAccount(), null, null, List.of(), at, at,
                null, version));
    }

    @EventHandler
    void on(CustomerRegisteredEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.customerId(), version, c -> new CustomerView(c.id(), c.email(), c.companyName(), c.firstName(),
                c.lastName(), c.phone(), c.metadata(), true, c.defaultShippingAddressId(), c.defaultBillingAddressId(),
                c.addresses(), c.createdAt(), at, null, version));
    }

    @EventHandler
    void on(CustomerUpdatedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.customerId(), version, c -> new CustomerView(c.id(), event.email(), event.companyName(),
                event.firstName(), event.lastName(), event.phone(), event.metadata(), c.hasAccount(),
                c.defaultShippingAddressId(), c.defaultBillingAddressId(), c.addresses(), c.createdAt(), at, null,
                version));
    }

    @EventHandler
    void on(CustomerAddressAddedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.customerId(), version, c -> withAddress(c, event.address(), at, version));
    }

    @EventHandler
    void on(CustomerAddressUpdatedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.customerId(), version, c -> withAddress(c, event.address(), at, version));
    }

    @EventHandler
    void on(CustomerAddressRemovedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.customerId(), version, c -> withAddresses(c, c.addresses().stream()
                .filter(address -> !address.id().equals(event.addressId())).toList(), at, version));
    }

    @ResetHandler
    void reset() {
        customers.deleteAll();
    }

    @QueryHandler
    Optional<CustomerView> handle(FindCustomerQuery query) {
        return customers.find(query.customerId());
    }

    @QueryHandler
    Optional<CustomerView> handle(FindGuestCustomerByEmailQuery query) {
        return customers.findGuest(query.email().trim().toLowerCase(Locale.ROOT));
    }

    boolean hasAccount(String email) {
        return customers.hasAccount(email.trim().toLowerCase(Locale.ROOT));
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

    private void change(String customerId, long version, UnaryOperator<CustomerView> change) {
        customers.find(customerId)
                .filter(stored -> stored.version() < version)
                .ifPresent(stored -> customers.save(change.apply(stored)));
    }
}
