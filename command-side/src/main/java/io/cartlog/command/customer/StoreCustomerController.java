package io.cartlog.command.customer;

import io.cartlog.command.common.Patch;
import io.cartlog.command.common.RetryingCommands;
import io.cartlog.events.common.Ids;
import io.cartlog.platform.auth.Authenticated;
import io.cartlog.platform.auth.CurrentCustomer;
import io.cartlog.platform.auth.CustomerSessions;
import io.cartlog.platform.readmodel.ReadModelQueries;
import io.cartlog.platform.readmodel.ReadYourWrites;
import io.cartlog.platform.web.ApiException;
import io.cartlog.queries.customer.CustomerView;
import io.cartlog.queries.customer.FindCustomerQuery;
import io.cartlog.queries.customer.FindGuestCustomerByEmailQuery;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Creating a customer, both generations: Medusa v2 with the registration token of
 * {@code /auth/customer/emailpass/register}; Medusa v1 with an email and password (an account,
 * logged in at once) or with an email alone (a guest, who can register later under that email).
 * And the logged-in customer's profile and address book.
 */
@RestController
class StoreCustomerController {

    private final RetryingCommands commands;
    private final AuthIdentities identities;
    private final CustomerSessions sessions;
    private final ReadModelQueries queries;
    private final ReadYourWrites readModel;

    StoreCustomerController(RetryingCommands commands, AuthIdentities identities, CustomerSessions sessions,
                            ReadModelQueries queries, ReadYourWrites readModel) {
        this.commands = commands;
        this.identities = identities;
        this.sessions = sessions;
        this.queries = queries;
        this.readModel = readModel;
    }

    record NewCustomer(String email, String password, String firstName, String lastName, String phone,
                       String companyName, Map<String, Object> metadata) {
    }

    record ProfileChanges(Patch<String> firstName, Patch<String> lastName, Patch<String> phone,
                          Patch<String> companyName, Patch<Map<String, Object>> metadata, String email) {
    }

    @PostMapping("/store/customers")
    Map<String, CustomerView> create(@RequestBody(required = false) NewCustomer body, HttpServletRequest request,
                                     HttpServletResponse response) {
        NewCustomer customer = body == null ? new NewCustomer(null, null, null, null, null, null, null) : body;
        Optional<Authenticated> who = CurrentCustomer.of(request);
        if (who.isPresent()) {
            return withRegistrationToken(who.get(), customer);
        }
        if (customer.password() == null) {
            String customerId = Ids.next("cus");
            commands.send(command(customerId, Customer.email(customer.email()), customer, null), null, "customer");
            return respond(customerId, 0);
        }
        AuthIdentities.Identity identity = identities.register(customer.email(), customer.password());
        String customerId;
        long version;
        try {
            Optional<CustomerView> guest = queries.find(new FindGuestCustomerByEmailQuery(identity.email()),
                    CustomerView.class);
            if (guest.isPresent()) {
                customerId = guest.get().id();
                version = commands.<Long>send(new RegisterCustomerCommand(customerId, identity.id()), null, "customer");
            } else {
                customerId = Ids.next("cus");
                commands.send(command(customerId, identity.email(), customer, identity.id()), null, "customer");
                version = 0;
            }
        } catch (RuntimeException refused) {
            identities.remove(identity.id());
            throw refused;
        }
        sessions.start(new Authenticated(identity.id(), customerId), request, response);
        return respond(customerId, version);
    }

    @PostMapping("/store/customers/me")
    Map<String, CustomerView> update(@RequestBody(required = false) ProfileChanges body, HttpServletRequest request) {
        String customerId = CurrentCustomer.requireId(request);
        ProfileChanges changes = body == null ? new ProfileChanges(null, null, null, null, null, null) : body;
        if (changes.email() != null) {
            throw ApiException.invalidData("Invalid request: Field 'email' cannot be changed here");
        }
        long version = commands.send(new UpdateCustomerCommand(customerId, null, changes.firstName(),
                changes.lastName(), changes.phone(), changes.companyName(), changes.metadata()), null, "customer");
        return respond(customerId, version);
    }

    @PatchMapping("/store/customers/me")
    Map<String, CustomerView> patch(@RequestBody(required = false) ProfileChanges body, HttpServletRequest request) {
        return update(body, request);
    }

    @PostMapping("/store/customers/me/addresses")
    Map<String, CustomerView> addAddress(@RequestBody(required = false) AddressInput body,
                                         HttpServletRequest request) {
        String customerId = CurrentCustomer.requireId(request);
        AddressInput address = body == null ? CustomerAddresses.NO_CHANGES : body;
        long version = commands.send(new AddCustomerAddressCommand(customerId,
                CustomerAddresses.of(Ids.next("cuaddr"), address)), null, "customer");
        return respond(customerId, version);
    }

    @PostMapping("/store/customers/me/addresses/{addressId}")
    Map<String, CustomerView> updateAddress(@PathVariable String addressId,
                                            @RequestBody(required = false) AddressInput body,
                                            HttpServletRequest request) {
        String customerId = CurrentCustomer.requireId(request);
        long version = commands.send(new UpdateCustomerAddressCommand(customerId, addressId, body), null, "customer");
        return respond(customerId, version);
    }

    @DeleteMapping("/store/customers/me/addresses/{addressId}")
    Map<String, Object> removeAddress(@PathVariable String addressId, HttpServletRequest request) {
        String customerId = CurrentCustomer.requireId(request);
        long version = commands.send(new RemoveCustomerAddressCommand(customerId, addressId), null, "customer");
        Map<String, Object> deleted = new LinkedHashMap<>();
        deleted.put("id", addressId);
        deleted.put("object", "customer_address");
        deleted.put("deleted", true);
        deleted.put("parent", customerAt(customerId, version));
        return deleted;
    }

    /** Medusa v2: the identity registered a moment ago becomes a customer with an account. */
    private Map<String, CustomerView> withRegistrationToken(Authenticated who, NewCustomer customer) {
        if (who.customerId() != null) {
            throw ApiException.invalidData("Request already authenticated as a customer.");
        }
        AuthIdentities.Identity identity = identities.byId(who.authIdentityId())
                .orElseThrow(CurrentCustomer::unauthorized);
        if (customer.email() != null && !Customer.email(customer.email()).equals(identity.email())) {
            throw ApiException.invalidData("Invalid request: Field 'email' must be the email the identity registered");
        }
        String customerId = Ids.next("cus");
        commands.send(command(customerId, identity.email(), customer, identity.id()), null, "customer");
        return respond(customerId, 0);
    }

    private static CreateCustomerCommand command(String customerId, String email, NewCustomer customer,
                                                 String authIdentityId) {
        return new CreateCustomerCommand(customerId, email, customer.firstName(), customer.lastName(),
                customer.phone(), customer.companyName(), customer.metadata(), authIdentityId);
    }

    private Map<String, CustomerView> respond(String customerId, long version) {
        return Map.of("customer", customerAt(customerId, version));
    }

    private CustomerView customerAt(String customerId, long version) {
        return readModel.await(new FindCustomerQuery(customerId), CustomerView.class, CustomerView::version, version);
    }
}
