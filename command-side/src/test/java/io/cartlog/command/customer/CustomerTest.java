package io.cartlog.command.customer;

import io.cartlog.command.common.CatalogKind;
import io.cartlog.command.common.InMemoryCatalogHandles;
import io.cartlog.command.common.Patch;
import io.cartlog.events.customer.CustomerAddress;
import io.cartlog.events.customer.CustomerAddressAddedEvent;
import io.cartlog.events.customer.CustomerAddressRemovedEvent;
import io.cartlog.events.customer.CustomerAddressUpdatedEvent;
import io.cartlog.events.customer.CustomerCreatedEvent;
import io.cartlog.events.customer.CustomerPasswordResetRequestedEvent;
import io.cartlog.events.customer.CustomerRegisteredEvent;
import io.cartlog.events.customer.CustomerUpdatedEvent;
import io.cartlog.platform.web.ApiException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static io.cartlog.command.common.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;

/** The customer's rules: one account per email, a profile that changes field by field, one default of each kind. */
class CustomerTest {

    private static final String JANE = "cus_01JJANE";
    private static final String IDENTITY = "authid_01JJANE";
    private static final CustomerCreatedEvent GUEST =
            new CustomerCreatedEvent(JANE, "jane@example.com", "Jane", "Doe", null, null, null, false);
    private static final CustomerCreatedEvent ACCOUNT =
            new CustomerCreatedEvent(JANE, "jane@example.com", "Jane", "Doe", null, null, null, true);

    private final InMemoryCatalogHandles handles = new InMemoryCatalogHandles();
    /** Identity → customer, as {@link AuthIdentities#link} writes it. */
    private final Map<String, String> linked = new HashMap<>();
    private FixtureConfiguration<Customer> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Customer.class);
        fixture.registerInjectableResource(handles);
        fixture.registerInjectableResource(new AuthIdentities(null) {
            @Override
            void link(String identityId, String customerId) {
                linked.put(identityId, customerId);
            }
        });
    }

    private static CustomerAddress address(String id, String street, boolean defaultShipping, boolean defaultBilling) {
        return new CustomerAddress(id, null, "Jane", "Doe", null, street, null, "Berlin", "de", null, "10119", null,
                defaultShipping, defaultBilling, null);
    }

    @Test
    void anAccountClaimsItsEmailInLowerCaseAndLinksTheIdentity() {
        fixture.givenNoPriorActivity()
                .when(new CreateCustomerCommand(JANE, " Jane@Example.COM ", "Jane", "Doe", null, null, null, IDENTITY))
                .expectEvents(ACCOUNT);
        assertThat(handles.ownerOf(CatalogKind.CUSTOMER_ACCOUNT, "jane@example.com")).isEqualTo(JANE);
        assertThat(linked).containsEntry(IDENTITY, JANE);
    }

    @Test
    void aGuestClaimsNothing() {
        fixture.givenNoPriorActivity()
                .when(new CreateCustomerCommand(JANE, "jane@example.com", "Jane", "Doe", null, null, null, null))
                .expectEvents(GUEST);
        assertThat(handles.ownerOf(CatalogKind.CUSTOMER_ACCOUNT, "jane@example.com")).isNull();
        assertThat(linked).isEmpty();
    }

    @Test
    void anEmailWithAnAccountCannotGetASecondOne() {
        handles.with(CatalogKind.CUSTOMER_ACCOUNT, "jane@example.com", "cus_01JOTHER");
        fixture.givenNoPriorActivity()
                .when(new CreateCustomerCommand(JANE, "JANE@example.com", null, null, null, null, null, IDENTITY))
                .expectNoEvents()
                .expectException(ApiException.class);
        assertThat(linked).isEmpty();
    }

    @Test
    void refusesWhatIsNotAnEmailAddress() {
        for (String notAnEmail : new String[] {"jane", "@example.com", "jane@", "jane doe@example.com"}) {
            fixture.givenNoPriorActivity()
                    .when(new CreateCustomerCommand(JANE, notAnEmail, null, null, null, null, null, null))
                    .expectNoEvents()
                    .expectException(refusal(400, "invalid_data"));
        }
    }

    @Test
    void aGuestRegistersOnceAndThenHasAnAccount() {
        fixture.given(GUEST)
                .when(new RegisterCustomerCommand(JANE, IDENTITY))
                .expectEvents(new CustomerRegisteredEvent(JANE))
                .expectResultMessagePayload(1L);
        assertThat(handles.ownerOf(CatalogKind.CUSTOMER_ACCOUNT, "jane@example.com")).isEqualTo(JANE);

        fixture.given(ACCOUNT)
                .when(new RegisterCustomerCommand(JANE, "authid_01JAGAIN"))
                .expectNoEvents()
                .expectException(refusal(400, "invalid_data"));
    }

    @Test
    void anUpdateChangesTheNamedFieldsClearsNullsAndKeepsTheRest() {
        fixture.given(new CustomerCreatedEvent(JANE, "jane@example.com", "Jane", "Doe", "+49 30 1", "Doe AG",
                        null, true))
                .when(new UpdateCustomerCommand(JANE, null, null, Patch.of("Roe"), Patch.of(null), null, null))
                .expectEvents(new CustomerUpdatedEvent(JANE, "jane@example.com", "Jane", "Roe", null, "Doe AG", null));
    }

    @Test
    void anUpdateThatChangesNothingRecordsNothing() {
        fixture.given(ACCOUNT)
                .when(new UpdateCustomerCommand(JANE, null, Patch.of("Jane"), null, null, null, null))
                .expectNoEvents()
                .expectResultMessagePayload(0L);
    }

    @Test
    void aNewDefaultAddressTakesTheDefaultFromTheOthers() {
        CustomerAddress home = address("cuaddr_home", "Torstrasse 1", true, true);
        CustomerAddress office = address("cuaddr_office", "Friedrichstrasse 2", true, false);
        fixture.given(ACCOUNT, new CustomerAddressAddedEvent(JANE, home), new CustomerAddressAddedEvent(JANE, office))
                // Home kept the billing default; setting it on the office takes it, and home changes nothing.
                .when(new UpdateCustomerAddressCommand(JANE, "cuaddr_office",
                        new AddressInput(null, null, null, null, null, null, null, null, null, null, null, null,
                                true, null)))
                .expectEvents(new CustomerAddressUpdatedEvent(JANE, address("cuaddr_office", "Friedrichstrasse 2",
                        true, true)));
        assertThat(home.yieldingDefaultsTo(office)).isEqualTo(address("cuaddr_home", "Torstrasse 1", false, true));
    }

    @Test
    void anAddressUpdateKeepsWhatItDoesNotName() {
        fixture.given(ACCOUNT, new CustomerAddressAddedEvent(JANE, address("cuaddr_home", "Torstrasse 1", false, false)))
                .when(new UpdateCustomerAddressCommand(JANE, "cuaddr_home",
                        new AddressInput(null, null, null, null, "Torstrasse 9", null, null, null, null, null, null,
                                null, null, null)))
                .expectEvents(new CustomerAddressUpdatedEvent(JANE,
                        address("cuaddr_home", "Torstrasse 9", false, false)));
    }

    @Test
    void anAddressWithABadCountryIsRefused() {
        CustomerAddress mars = new CustomerAddress("cuaddr_mars", null, null, null, null, "Crater 1", null, null,
                "mars", null, null, null, false, false, null);
        fixture.given(ACCOUNT)
                .when(new AddCustomerAddressCommand(JANE, mars))
                .expectNoEvents()
                .expectException(refusal(400, "invalid_data"));
    }

    @Test
    void anUnknownOrRemovedAddressIsNotFound() {
        CustomerAddress home = address("cuaddr_home", "Torstrasse 1", false, false);
        fixture.given(ACCOUNT, new CustomerAddressAddedEvent(JANE, home))
                .when(new RemoveCustomerAddressCommand(JANE, "cuaddr_home"))
                .expectEvents(new CustomerAddressRemovedEvent(JANE, "cuaddr_home"));
        fixture.given(ACCOUNT, new CustomerAddressAddedEvent(JANE, home),
                        new CustomerAddressRemovedEvent(JANE, "cuaddr_home"))
                .when(new RemoveCustomerAddressCommand(JANE, "cuaddr_home"))
                .expectNoEvents()
                .expectException(refusal(404, "not_found"));
    }

    @Test
    void aResetRequestRecordsOnlyTheTokensHash() {
        Instant expires = Instant.parse("2026-11-22T15:15:00Z");
        fixture.given(ACCOUNT)
                .when(new RequestPasswordResetCommand(JANE, "9f86d081", expires))
                .expectEvents(new CustomerPasswordResetRequestedEvent(JANE, "9f86d081", expires));
    }
}
