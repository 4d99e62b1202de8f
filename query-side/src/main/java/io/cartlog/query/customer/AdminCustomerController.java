package io.cartlog.query.customer;

import io.cartlog.events.customer.CustomerCreatedEvent;
import io.cartlog.platform.web.ApiException;
import io.cartlog.query.common.AsOf;
import io.cartlog.query.common.EventHistory;
import io.cartlog.queries.customer.CustomerView;
import io.cartlog.queries.customer.FindCustomerQuery;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * {@code GET /admin/customers/{id}}: the customer as the customer view shows them, or with
 * {@code as_of} as they were then, folded by the same {@link CustomerHistory} the view applies.
 */
@RestController
class AdminCustomerController {

    private final CustomerProjection customers;
    private final EventHistory history;

    AdminCustomerController(CustomerProjection customers, EventHistory history) {
        this.customers = customers;
        this.history = history;
    }

    @GetMapping("/admin/customers/{id}")
    Map<String, CustomerView> get(@PathVariable String id, @RequestParam(name = "as_of", required = false) String asOf) {
        AsOf when = AsOf.parse(asOf);
        CustomerView customer = when == null
                ? customers.handle(new FindCustomerQuery(id)).orElseThrow(() -> notFound(id))
                : asOf(id, when);
        return Map.of("customer", customer);
    }

    private CustomerView asOf(String id, AsOf when) {
        return history.fold(id, when, CustomerCreatedEvent.class, "Customer",
                        (CustomerView customer, DomainEventMessage<?> event) -> CustomerHistory.apply(customer,
                                event.getPayload(), event.getSequenceNumber(), event.getTimestamp()))
                .map(EventHistory.Folded::state)
                .orElseThrow(() -> notFound(id));
    }

    private static ApiException notFound(String id) {
        return ApiException.notFound("customer_not_found", "Customer with id '" + id + "' was not found");
    }
}
