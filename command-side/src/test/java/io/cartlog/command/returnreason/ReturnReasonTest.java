package io.cartlog.command.returnreason;

import io.cartlog.events.returnreason.ReturnReasonCreatedEvent;
import io.cartlog.events.returnreason.ReturnReasonDeletedEvent;
import io.cartlog.events.returnreason.ReturnReasonUpdatedEvent;
import io.cartlog.platform.web.ApiException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;

class ReturnReasonTest {

    private static final String ID = "rr_01JWRONGSIZE";
    private static final ReturnReasonCreatedEvent CREATED =
            new ReturnReasonCreatedEvent(ID, "wrong_size", "Wrong size", "Too small or too large", null);

    private FixtureConfiguration<ReturnReason> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ReturnReason.class);
    }

    @Test
    void createsAReasonWithItsValueAndLabelTrimmed() {
        fixture.givenNoPriorActivity()
                .when(new CreateReturnReasonCommand(ID, " wrong_size ", "Wrong size ", "Too small or too large", null))
                .expectEvents(CREATED);
    }

    @Test
    void refusesAReasonWithoutAValueOrALabel() {
        fixture.givenNoPriorActivity()
                .when(new CreateReturnReasonCommand(ID, null, "Wrong size", null, null))
                .expectException(ApiException.class)
                .expectExceptionMessage(containsString("Field 'value' is required"));
        fixture.givenNoPriorActivity()
                .when(new CreateReturnReasonCommand(ID, "wrong_size", " ", null, null))
                .expectException(ApiException.class)
                .expectExceptionMessage(containsString("Field 'label' is required"));
    }

    @Test
    void updateChangesWhatItNamesAndKeepsTheRest() {
        fixture.given(CREATED)
                .when(new UpdateReturnReasonCommand(ID, null, null, "Does not fit", null, null))
                .expectEvents(new ReturnReasonUpdatedEvent(ID, "wrong_size", "Does not fit", "Too small or too large",
                        null))
                .expectResultMessagePayload(1L);
    }

    @Test
    void deletedReasonIsGone() {
        fixture.given(CREATED)
                .when(new DeleteReturnReasonCommand(ID, null))
                .expectEvents(new ReturnReasonDeletedEvent(ID))
                .expectMarkedDeleted();
    }
}
