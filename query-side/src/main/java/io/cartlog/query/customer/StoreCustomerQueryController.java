package io.cartlog.query.customer;

import io.cartlog.platform.auth.CurrentCustomer;
import io.cartlog.platform.web.ApiException;
import io.cartlog.queries.customer.CustomerView;
import io.cartlog.queries.customer.FindCustomerQuery;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/**
 * The logged-in customer's reads, both generations: {@code /store/customers/me} and its address
 * book (v2), {@code GET /store/auth} (v1); and v1's check whether an email has an account.
 */
@RestController
class StoreCustomerQueryController {

    private final CustomerProjection customers;

    StoreCustomerQueryController(CustomerProjection customers) {
        this.customers = customers;
    }

    @GetMapping({"/store/customers/me", "/store/auth"})
    Map<String, CustomerView> me(HttpServletRequest request) {
        return Map.of("customer", me(CurrentCustomer.requireId(request)));
    }

    @GetMapping("/store/customers/me/addresses")
    AddressList addresses(HttpServletRequest request) {
        List<CustomerView.AddressView> addresses = me(CurrentCustomer.requireId(request)).addresses();
        return new AddressList(addresses, addresses.size(), 0, addresses.size());
    }

    @GetMapping("/store/customers/me/addresses/{addressId}")
    Map<String, CustomerView.AddressView> address(@PathVariable String addressId, HttpServletRequest request) {
        return Map.of("address", me(CurrentCustomer.requireId(request)).addresses().stream()
                .filter(address -> address.id().equals(addressId)).findFirst()
                .orElseThrow(() -> ApiException.notFound("not_found", "Address with id '" + addressId
                        + "' was not found")));
    }

    @GetMapping("/store/auth/{email}")
    Map<String, Boolean> exists(@PathVariable String email) {
        return Map.of("exists", customers.hasAccount(email));
    }

    private CustomerView me(String customerId) {
        return customers.handle(new FindCustomerQuery(customerId)).orElseThrow(CurrentCustomer::unauthorized);
    }

    record AddressList(List<CustomerView.AddressView> addresses, long count, int offset, int limit) {
    }
}
