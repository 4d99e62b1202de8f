package io.cartlog.query.customer;

import io.cartlog.events.customer.CustomerAddressAddedEvent;
import io.cartlog.events.customer.CustomerAddressRemovedEvent;
import io.cartlog.events.customer.CustomerAddressUpdatedEvent;
import io.cartlog.events.customer.CustomerCreatedEvent;
import io.cartlog.events.customer.CustomerRegisteredEvent;
import io.cartlog.events.customer.CustomerUpdatedEvent;
import io.cartlog.queries.customer.CustomerView;
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
import java.util.Locale;
import java.util.Optional;

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
        customers.insert(CustomerHistory.apply(null, event, version, at));
    }

    @EventHandler
    void on(CustomerRegisteredEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.customerId(), version, event, at);
    }

    @EventHandler
    void on(CustomerUpdatedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.customerId(), version, event, at);
    }

    @EventHandler
    void on(CustomerAddressAddedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.customerId(), version, event, at);
    }

    @EventHandler
    void on(CustomerAddressUpdatedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.customerId(), version, event, at);
    }

    @EventHandler
    void on(CustomerAddressRemovedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.customerId(), version, event, at);
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

    private void change(String customerId, long version, Object event, Instant at) {
        customers.find(customerId)
                .filter(stored -> stored.version() < version)
                .ifPresent(stored -> customers.save(CustomerHistory.apply(stored, event, version, at)));
    }
}
