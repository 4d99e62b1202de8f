package io.cartlog.command.customer;

import io.cartlog.command.common.CatalogHandles;
import io.cartlog.command.common.CatalogKind;
import io.cartlog.command.common.Patch;
import io.cartlog.command.common.Require;
import io.cartlog.events.customer.CustomerAddress;
import io.cartlog.events.customer.CustomerAddressAddedEvent;
import io.cartlog.events.customer.CustomerAddressRemovedEvent;
import io.cartlog.events.customer.CustomerAddressUpdatedEvent;
import io.cartlog.events.customer.CustomerCreatedEvent;
import io.cartlog.events.customer.CustomerPasswordResetRequestedEvent;
import io.cartlog.events.customer.CustomerRegisteredEvent;
import io.cartlog.events.customer.CustomerUpdatedEvent;
import io.cartlog.platform.web.ApiException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/**
 * A customer: their profile and address book. One account per email is a set rule over all
 * customers, kept as a claim in the handle lookup table written in the same transaction as the
 * event that gives the customer their account. Passwords are not the customer's state: they live
 * with the identity ({@link AuthIdentities}), so no event ever carries one.
 */
@Aggregate
public class Customer {

    private static final int MAX_EMAIL = 320;

    @AggregateIdentifier
    private String customerId;
    private String email;
    private boolean hasAccount;
    private Profile profile;
    private final Map<String, CustomerAddress> addresses = new LinkedHashMap<>();

    protected Customer() {
    }

    @CommandHandler
    public Customer(CreateCustomerCommand command, CatalogHandles handles, AuthIdentities identities) {
        String email = email(command.email());
        Profile profile = new Profile(optional("first_name", command.firstName()),
                optional("last_name", command.lastName()), optional("phone", command.phone()),
                optional("company_name", command.companyName()), command.metadata());
        boolean account = command.authIdentityId() != null;
        if (account) {
            handles.claim(CatalogKind.CUSTOMER_ACCOUNT, email, command.customerId());
            identities.link(command.authIdentityId(), command.customerId());
        }
        apply(new CustomerCreatedEvent(command.customerId(), email, profile.firstName(), profile.lastName(),
                profile.phone(), profile.companyName(), profile.metadata(), account));
    }

    @CommandHandler
    public long handle(RegisterCustomerCommand command, CatalogHandles handles, AuthIdentities identities) {
        if (hasAccount) {
            throw ApiException.invalidData("Customer with email: " + email + ", already exists.");
        }
        handles.claim(CatalogKind.CUSTOMER_ACCOUNT, email, customerId);
        identities.link(command.authIdentityId(), customerId);
        apply(new CustomerRegisteredEvent(customerId));
        return getVersion();
    }

    @CommandHandler
    public long handle(UpdateCustomerCommand command) {
        Profile changed = new Profile(
                optional("first_name", Patch.apply(command.firstName(), profile.firstName())),
                optional("last_name", Patch.apply(command.lastName(), profile.lastName())),
                optional("phone", Patch.apply(command.phone(), profile.phone())),
                optional("company_name", Patch.apply(command.companyName(), profile.companyName())),
                Patch.apply(command.metadata(), profile.metadata()));
        if (!changed.equals(profile)) {
            apply(new CustomerUpdatedEvent(customerId, email, changed.firstName(), changed.lastName(), changed.phone(),
                    changed.companyName(), changed.metadata()));
        }
        return getVersion();
    }

    @CommandHandler
    public long handle(AddCustomerAddressCommand command) {
        apply(new CustomerAddressAddedEvent(customerId, checked(command.address())));
        return getVersion();
    }

    @CommandHandler
    public long handle(UpdateCustomerAddressCommand command) {
        CustomerAddress current = address(command.addressId());
        AddressInput in = command.changes() == null ? CustomerAddresses.NO_CHANGES : command.changes();
        apply(new CustomerAddressUpdatedEvent(customerId, checked(CustomerAddresses.merged(current, in))));
        return getVersion();
    }

    @CommandHandler
    public long handle(RemoveCustomerAddressCommand command) {
        apply(new CustomerAddressRemovedEvent(customerId, address(command.addressId()).addressId()));
        return getVersion();
    }

    @CommandHandler
    public long handle(RequestPasswordResetCommand command) {
        apply(new CustomerPasswordResetRequestedEvent(customerId, command.tokenSha256(), command.expiresAt()));
        return getVersion();
    }

    /** Lower-case: emails are compared and claimed in any case. */
    static String email(String email) {
        String trimmed = Require.maxLength("email", Require.text("email", email), MAX_EMAIL).trim();
        int at = trimmed.indexOf('@');
        if (at < 1 || at == trimmed.length() - 1 || trimmed.chars().anyMatch(Character::isWhitespace)) {
            throw ApiException.invalidData("Invalid request: Field 'email' must be an email address");
        }
        return trimmed.toLowerCase(Locale.ROOT);
    }

    private CustomerAddress address(String addressId) {
        CustomerAddress address = addressId == null ? null : addresses.get(addressId);
        if (address == null) {
            throw ApiException.notFound("not_found", "Address with id '" + addressId + "' was not found");
        }
        return address;
    }

    private static CustomerAddress checked(CustomerAddress address) {
        return new CustomerAddress(address.addressId(), optional("address_name", address.addressName()),
                optional("first_name", address.firstName()), optional("last_name", address.lastName()),
                optional("company", address.company()), optional("address_1", address.address1()),
                optional("address_2", address.address2()), optional("city", address.city()),
                address.countryCode() == null ? null : Require.countryCode("country_code", address.countryCode()),
                optional("province", address.province()), optional("postal_code", address.postalCode()),
                optional("phone", address.phone()), address.isDefaultShipping(), address.isDefaultBilling(),
                address.metadata());
    }

    private static String optional(String field, String value) {
        return Require.maxLength(field, Require.optionalText(value), Require.MAX_TEXT);
    }

    @EventSourcingHandler
    void on(CustomerCreatedEvent event) {
        customerId = event.customerId();
        email = event.email();
        hasAccount = event.hasAccount();
        profile = new Profile(event.firstName(), event.lastName(), event.phone(), event.companyName(), event.metadata());
    }

    @EventSourcingHandler
    void on(CustomerRegisteredEvent event) {
        hasAccount = true;
    }

    @EventSourcingHandler
    void on(CustomerUpdatedEvent event) {
        profile = new Profile(event.firstName(), event.lastName(), event.phone(), event.companyName(), event.metadata());
    }

    @EventSourcingHandler
    void on(CustomerAddressAddedEvent event) {
        put(event.address());
    }

    @EventSourcingHandler
    void on(CustomerAddressUpdatedEvent event) {
        put(event.address());
    }

    @EventSourcingHandler
    void on(CustomerAddressRemovedEvent event) {
        addresses.remove(event.addressId());
    }

    /** A new default shipping (billing) address takes that default from the others. */
    private void put(CustomerAddress address) {
        addresses.replaceAll((id, other) -> other.yieldingDefaultsTo(address));
        addresses.put(address.addressId(), address);
    }

    private record Profile(String firstName, String lastName, String phone, String companyName,
                           Map<String, Object> metadata) {
    }
}
