package io.cartlog.command.saleschannel;

import io.cartlog.events.saleschannel.SalesChannelCreatedEvent;
import io.cartlog.events.saleschannel.SalesChannelDeletedEvent;
import io.cartlog.events.saleschannel.SalesChannelUpdatedEvent;
import io.cartlog.platform.web.ApiException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.hamcrest.Matchers.containsString;

class SalesChannelTest {

    private static final String ID = "sc_01JWEB";
    private static final SalesChannelCreatedEvent CREATED =
            new SalesChannelCreatedEvent(ID, "Web shop", "The main storefront", false, Map.of("team", "web"));

    private FixtureConfiguration<SalesChannel> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SalesChannel.class);
    }

    @Test
    void createsAChannelWithATrimmedName() {
        fixture.givenNoPriorActivity()
                .when(new CreateSalesChannelCommand(ID, "  Web shop ", "The main storefront", false, Map.of("team", "web")))
                .expectEvents(CREATED);
    }

    @Test
    void refusesAChannelWithoutAName() {
        fixture.givenNoPriorActivity()
                .when(new CreateSalesChannelCommand(ID, " ", null, false, null))
                .expectException(ApiException.class)
                .expectExceptionMessage(containsString("Field 'name' is required"));
    }

    @Test
    void updateChangesWhatItNamesAndKeepsTheRest() {
        fixture.given(CREATED)
                .when(new UpdateSalesChannelCommand(ID, null, null, null, true, null))
                .expectEvents(new SalesChannelUpdatedEvent(ID, "Web shop", "The main storefront", true,
                        Map.of("team", "web")))
                .expectResultMessagePayload(1L);
    }

    @Test
    void refusesABlankNameOnUpdate() {
        fixture.given(CREATED)
                .when(new UpdateSalesChannelCommand(ID, null, "", null, null, null))
                .expectException(ApiException.class)
                .expectExceptionMessage(containsString("Field 'name' is required"))
                .expectNoEvents();
    }

    @Test
    void deletedChannelIsGone() {
        fixture.given(CREATED)
                .when(new DeleteSalesChannelCommand(ID, null))
                .expectEvents(new SalesChannelDeletedEvent(ID))
                .expectMarkedDeleted();
    }
}
