package io.cartlog.command.payment;

import io.cartlog.command.common.SequentialIds;
import io.cartlog.command.payment.provider.Authorization;
import io.cartlog.command.payment.provider.Authorization.Outcome;
import io.cartlog.command.payment.provider.PaymentProviders;
import io.cartlog.command.payment.provider.SystemPaymentProvider;
import io.cartlog.events.payment.PaymentAuthorizationFailedEvent;
import io.cartlog.events.payment.PaymentAuthorizedEvent;
import io.cartlog.events.payment.PaymentCanceledEvent;
import io.cartlog.events.payment.PaymentCapturedEvent;
import io.cartlog.events.payment.PaymentCollectionAmountChangedEvent;
import io.cartlog.events.payment.PaymentCollectionCreatedEvent;
import io.cartlog.events.payment.PaymentRefundedEvent;
import io.cartlog.events.payment.PaymentSessionCreatedEvent;
import io.cartlog.events.payment.PaymentSessionDeletedEvent;
import io.cartlog.events.payment.PaymentSessionSelectedEvent;
import io.cartlog.events.payment.PaymentSessionUpdatedEvent;
import io.cartlog.platform.web.ApiException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.cartlog.command.common.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;

class PaymentCollectionTest {

    private static final String ID = "pay_col_1";
    private static final String CART = "cart_1";
    private static final PaymentCollectionCreatedEvent CREATED = new PaymentCollectionCreatedEvent(ID, CART, "eur", 4750);
    private static final PaymentSessionCreatedEvent SESSION = new PaymentSessionCreatedEvent(ID, "payses_1",
            ScriptedProvider.ID, 4750, "eur", Map.of("ref", "ref_payses_1"));

    private final ScriptedProvider provider = new ScriptedProvider();
    private final Map<String, String> claims = new HashMap<>();
    private AggregateTestFixture<PaymentCollection> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PaymentCollection.class);
        fixture.registerInjectableResource(new PaymentProviders(List.of(new SystemPaymentProvider(), provider)));
        fixture.registerInjectableResource(new SequentialIds());
        fixture.registerInjectableResource(new CartPaymentCollections() {
            @Override
            public Optional<String> find(String cartId) {
                return Optional.ofNullable(claims.get(cartId));
            }

            @Override
            public void claim(String cartId, String paymentCollectionId) {
                if (claims.putIfAbsent(cartId, paymentCollectionId) != null) {
                    throw new IllegalStateException("taken");
                }
            }
        });
    }

    @Test
    void aCollectionClaimsItsCart() {
        fixture.givenNoPriorActivity()
                .when(new CreatePaymentCollectionCommand(ID, CART, "eur", 4750))
                .expectEvents(CREATED);
        assertThat(claims).containsEntry(CART, ID);
    }

    @Test
    void aSecondCollectionForTheCartIsRefused() {
        claims.put(CART, "pay_col_other");
        fixture.givenNoPriorActivity()
                .when(new CreatePaymentCollectionCommand(ID, CART, "eur", 4750))
                .expectException(IllegalStateException.class);
    }

    @Test
    void aV2SessionReplacesTheOthersAndIsOpenedWithTheProvider() {
        fixture.given(CREATED, SESSION)
                .when(new CreatePaymentSessionCommand(ID, "payses_2", SystemPaymentProvider.ID, Map.of("note", "x"),
                        4750, true))
                .expectEvents(new PaymentSessionDeletedEvent(ID, "payses_1"),
                        new PaymentSessionCreatedEvent(ID, "payses_2", SystemPaymentProvider.ID, 4750, "eur",
                                Map.of("note", "x")));
        assertThat(provider.calls).containsExactly("delete payses_1");
    }

    @Test
    void aV1SessionOfTheSameProviderGetsTheNewData() {
        fixture.given(CREATED, SESSION)
                .when(new CreatePaymentSessionCommand(ID, "payses_2", ScriptedProvider.ID, Map.of("k", "v"), 4750,
                        false))
                .expectEvents(new PaymentSessionUpdatedEvent(ID, "payses_1", 4750, Map.of("k", "v", "amount", 4750L)));
    }

    @Test
    void anUnknownProviderIsRefusedAndChangesNothing() {
        fixture.given(CREATED)
                .when(new CreatePaymentSessionCommand(ID, "payses_2", "pp_nope", null, 4750, true))
                .expectException(ApiException.class)
                .expectExceptionMessage("Invalid request: Payment provider 'pp_nope' is not available")
                .expectNoEvents();
    }

    @Test
    void authorizingWithoutASessionIsPaymentRequired() {
        fixture.given(CREATED)
                .when(new AuthorizePaymentCommand(ID, 4750))
                .expectException(ApiException.class)
                .expectNoEvents();
    }

    @Test
    void anAuthorizedSessionBecomesAPayment() {
        fixture.given(CREATED, SESSION)
                .when(new AuthorizePaymentCommand(ID, 4750))
                .expectEvents(new PaymentAuthorizedEvent(ID, CART, "pay_1", "payses_1", ScriptedProvider.ID, 4750,
                        "eur", false));
    }

    @Test
    void aChangedCartTotalUpdatesTheSessionBeforeItIsAuthorized() {
        fixture.given(CREATED, SESSION)
                .when(new AuthorizePaymentCommand(ID, 5200))
                .expectEvents(new PaymentCollectionAmountChangedEvent(ID, 5200),
                        new PaymentSessionUpdatedEvent(ID, "payses_1", 5200, Map.of("ref", "ref_payses_1", "amount", 5200L)),
                        new PaymentAuthorizedEvent(ID, CART, "pay_1", "payses_1", ScriptedProvider.ID, 5200, "eur",
                                false));
        assertThat(provider.calls).containsExactly("update payses_1 5200", "authorize payses_1 5200");
    }

    @Test
    void aProviderThatCannotUpdateTheAmountIsARecordedFailureNotAStaleAuthorization() {
        provider.failUpdates = new IllegalStateException("down");
        fixture.given(CREATED, SESSION)
                .when(new AuthorizePaymentCommand(ID, 5200))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PaymentCollectionAmountChangedEvent(ID, 5200),
                        new PaymentAuthorizationFailedEvent(ID, CART, "payses_1", "payment_provider_error",
                                "The payment provider could not update the payment to the cart's total: down"));
        assertThat(provider.calls).doesNotContain("authorize payses_1 5200");
    }

    @Test
    void aDeclineIsRecordedAndTheCommandReturnsNormally() {
        provider.next = Authorization.failed(Outcome.DECLINED, "Your card was declined.");
        fixture.given(CREATED, SESSION)
                .when(new AuthorizePaymentCommand(ID, 4750))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PaymentAuthorizationFailedEvent(ID, CART, "payses_1", "payment_declined",
                        "Your card was declined."));
    }

    @Test
    void aPaymentNeedingActionIsRecordedAsSuch() {
        provider.next = Authorization.failed(Outcome.REQUIRES_ACTION, "3-D Secure needed");
        fixture.given(CREATED, SESSION)
                .when(new AuthorizePaymentCommand(ID, 4750))
                .expectEvents(new PaymentAuthorizationFailedEvent(ID, CART, "payses_1", "payment_requires_action",
                        "3-D Secure needed"));
    }

    @Test
    void authorizingAgainAfterAuthorizationChangesNothing() {
        fixture.given(CREATED, SESSION, authorized())
                .when(new AuthorizePaymentCommand(ID, 4750))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        assertThat(provider.calls).isEmpty();
    }

    @Test
    void theSelectedSessionIsTheOneAuthorized() {
        PaymentSessionCreatedEvent system = new PaymentSessionCreatedEvent(ID, "payses_2", SystemPaymentProvider.ID,
                4750, "eur", Map.of());
        fixture.given(CREATED, SESSION, system, new PaymentSessionSelectedEvent(ID, "payses_1"))
                .when(new AuthorizePaymentCommand(ID, 4750))
                .expectEvents(new PaymentAuthorizedEvent(ID, CART, "pay_1", "payses_1", ScriptedProvider.ID, 4750,
                        "eur", false));
    }

    @Test
    void cancelingVoidsTheAuthorizedPaymentWithItsProvider() {
        fixture.given(CREATED, SESSION, authorized())
                .when(new CancelPaymentCommand(ID))
                .expectEvents(new PaymentCanceledEvent(ID, CART, "pay_1"));
        assertThat(provider.calls).containsExactly("cancel payses_1");
    }

    @Test
    void cancelingTwiceOrWithoutAPaymentChangesNothing() {
        fixture.given(CREATED, SESSION, authorized(), new PaymentCanceledEvent(ID, CART, "pay_1"))
                .when(new CancelPaymentCommand(ID))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        assertThat(provider.calls).isEmpty();
    }

    @Test
    void aWebhookAuthorizationIsAppliedOnce() {
        fixture.given(CREATED, SESSION, authorized())
                .when(new RecordProviderAuthorizationCommand(ID, "payses_1", 4750, Authorization.authorized()))
                .expectNoEvents();
    }

    @Test
    void aWebhookAuthorizationIsRecordedAsReportedByTheProvider() {
        fixture.given(CREATED, SESSION)
                .when(new RecordProviderAuthorizationCommand(ID, "payses_1", 4750, Authorization.authorized()))
                .expectEvents(new PaymentAuthorizedEvent(ID, CART, "pay_1", "payses_1", ScriptedProvider.ID, 4750,
                        "eur", true));
    }

    @Test
    void aWebhookAuthorizationForAnotherAmountIsIgnored() {
        fixture.given(CREATED, SESSION)
                .when(new RecordProviderAuthorizationCommand(ID, "payses_1", 100, Authorization.authorized()))
                .expectNoEvents();
    }

    // Capture and refund

    @Test
    void aCaptureTakesAllThatIsAuthorizedWithTheProvider() {
        fixture.given(CREATED, SESSION, authorized())
                .when(new CapturePaymentCommand(ID, null, "pay_1", null))
                .expectEvents(captured(4750));
        assertThat(provider.calls).containsExactly("capture payses_1 4750");
    }

    @Test
    void aPartialCaptureTakesTheAmountAsked() {
        fixture.given(CREATED, SESSION, authorized())
                .when(new CapturePaymentCommand(ID, null, "pay_1", 3000L))
                .expectEvents(captured(3000));
    }

    @Test
    void capturingMoreThanIsAuthorizedIsInvalidAndChangesNothing() {
        fixture.given(CREATED, SESSION, authorized())
                .when(new CapturePaymentCommand(ID, null, "pay_1", 4751L))
                .expectException(refusal(400, "invalid_data"))
                .expectExceptionMessage("Invalid request: Field 'amount' must be between 1 and the authorized 4750")
                .expectNoEvents();
        assertThat(provider.calls).isEmpty();
    }

    @Test
    void aPaymentIsCapturedOnce() {
        fixture.given(CREATED, SESSION, authorized(), captured(4750))
                .when(new CapturePaymentCommand(ID, null, "pay_1", null))
                .expectException(refusal(400, "not_allowed"))
                .expectNoEvents();
        assertThat(provider.calls).isEmpty();
    }

    @Test
    void aCanceledPaymentCannotBeCaptured() {
        fixture.given(CREATED, SESSION, authorized(), new PaymentCanceledEvent(ID, CART, "pay_1"))
                .when(new CapturePaymentCommand(ID, null, "pay_1", null))
                .expectException(refusal(400, "not_allowed"))
                .expectExceptionMessage("Payment 'pay_1' is canceled")
                .expectNoEvents();
    }

    @Test
    void aCapturedPaymentCannotBeVoided() {
        fixture.given(CREATED, SESSION, authorized(), captured(4750))
                .when(new CancelPaymentCommand(ID))
                .expectException(refusal(400, "not_allowed"))
                .expectNoEvents();
    }

    @Test
    void aRefundPaysPartOfTheCaptureBackWithTheProvider() {
        fixture.given(CREATED, SESSION, authorized(), captured(4750))
                .when(new RefundPaymentCommand(ID, null, "pay_1", "ref_1", 1000, "Scratched"))
                .expectEvents(new PaymentRefundedEvent(ID, CART, "pay_1", "ref_1", 1000, "Scratched"));
        assertThat(provider.calls).containsExactly("refund payses_1 ref_1 1000");
    }

    @Test
    void aRefundAskedAgainUnderItsIdRefundsOnce() {
        fixture.given(CREATED, SESSION, authorized(), captured(4750), refunded("ref_1", 1000))
                .when(new RefundPaymentCommand(ID, null, "pay_1", "ref_1", 1000, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        assertThat(provider.calls).isEmpty();
    }

    @Test
    void refundingMoreThanIsLeftIsInvalidAndChangesNothing() {
        fixture.given(CREATED, SESSION, authorized(), captured(4750), refunded("ref_1", 4000))
                .when(new RefundPaymentCommand(ID, null, "pay_1", "ref_2", 751, null))
                .expectException(refusal(400, "invalid_data"))
                .expectExceptionMessage("Invalid request: Field 'amount' must be between 1 and the 750 captured and"
                        + " not refunded yet")
                .expectNoEvents();
        assertThat(provider.calls).isEmpty();
    }

    @Test
    void anUncapturedPaymentHasNothingToRefund() {
        fixture.given(CREATED, SESSION, authorized())
                .when(new RefundPaymentCommand(ID, null, "pay_1", "ref_1", 100, null))
                .expectException(refusal(400, "not_allowed"))
                .expectNoEvents();
    }

    @Test
    void aCanceledOrdersAuthorizedPaymentIsVoided() {
        fixture.given(CREATED, SESSION, authorized())
                .when(new CancelOrRefundPaymentCommand(ID, "pay_1", "ref_cancel", "Order canceled"))
                .expectEvents(new PaymentCanceledEvent(ID, CART, "pay_1"));
        assertThat(provider.calls).containsExactly("cancel payses_1");
    }

    @Test
    void aCanceledOrdersCapturedPaymentIsRefundedWhatIsLeft() {
        fixture.given(CREATED, SESSION, authorized(), captured(4750), refunded("ref_1", 1000))
                .when(new CancelOrRefundPaymentCommand(ID, "pay_1", "ref_cancel", "Order canceled"))
                .expectEvents(new PaymentRefundedEvent(ID, CART, "pay_1", "ref_cancel", 3750, "Order canceled"));
    }

    @Test
    void aPaymentGivenBackAlreadyIsLeftAlone() {
        fixture.given(CREATED, SESSION, authorized(), captured(4750), refunded("ref_1", 4750))
                .when(new CancelOrRefundPaymentCommand(ID, "pay_1", "ref_cancel", "Order canceled"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        assertThat(provider.calls).isEmpty();
    }

    private static PaymentCapturedEvent captured(long amount) {
        return new PaymentCapturedEvent(ID, CART, "pay_1", "capt_1", amount);
    }

    private static PaymentRefundedEvent refunded(String refundId, long amount) {
        return new PaymentRefundedEvent(ID, CART, "pay_1", refundId, amount, null);
    }

    private static PaymentAuthorizedEvent authorized() {
        return new PaymentAuthorizedEvent(ID, CART, "pay_1", "payses_1", ScriptedProvider.ID, 4750, "eur", false);
    }
}
