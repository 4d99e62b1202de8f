package io.cartlog.command.payment.stripe;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.PaymentIntent;
import com.stripe.net.RequestOptions;
import com.stripe.param.PaymentIntentCaptureParams;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.PaymentIntentUpdateParams;
import com.stripe.param.RefundCreateParams;
import io.cartlog.command.payment.provider.Authorization;
import io.cartlog.command.payment.provider.Authorization.Outcome;
import io.cartlog.command.payment.provider.PaymentProvider;
import io.cartlog.command.payment.provider.PaymentProviderException;
import io.cartlog.command.payment.provider.PaymentSession;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Medusa's {@code pp_stripe_stripe}: a PaymentIntent per session, captured later
 * ({@code capture_method=manual}), so authorization holds the amount. Each call that changes an
 * intent carries an idempotency key made of the session id (and the amount for updates), and
 * each refund one made of Cartlog's refund id, so a retried command reuses what Stripe already
 * did instead of doing it twice.
 */
class StripePaymentProvider implements PaymentProvider {

    static final String ID = "pp_stripe_stripe";
    /** Intent metadata that leads a webhook back to the collection and its session. */
    static final String COLLECTION_KEY = "cartlog_payment_collection_id";
    static final String SESSION_KEY = "cartlog_payment_session_id";
    static final String REFUND_KEY = "cartlog_refund_id";

    private final StripeClient stripe;

    StripePaymentProvider(StripeClient stripe) {
        this.stripe = stripe;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Map<String, Object> initiate(PaymentSession session) {
        PaymentIntentCreateParams params = PaymentIntentCreateParams.builder()
                .setAmount(session.amount())
                .setCurrency(session.currencyCode().toLowerCase(Locale.ROOT))
                .setCaptureMethod(PaymentIntentCreateParams.CaptureMethod.MANUAL)
                .putMetadata(COLLECTION_KEY, session.paymentCollectionId())
                .putMetadata(SESSION_KEY, session.paymentSessionId())
                .putMetadata("cart_id", session.cartId())
                .build();
        return call("create a payment", () -> data(session.data(), stripe.v1().paymentIntents().create(params,
                key("create-" + session.paymentSessionId()))));
    }

    @Override
    public Map<String, Object> update(PaymentSession session) {
        PaymentIntentUpdateParams params = PaymentIntentUpdateParams.builder().setAmount(session.amount()).build();
        return call("update the payment", () -> data(session.data(), stripe.v1().paymentIntents().update(
                intentId(session), params, key("update-" + session.paymentSessionId() + "-" + session.amount()))));
    }

    @Override
    public Authorization authorize(PaymentSession session) {
        try {
            return authorization(stripe.v1().paymentIntents().retrieve(intentId(session)));
        } catch (StripeException | RuntimeException e) {
            return Authorization.failed(Outcome.PROVIDER_ERROR, "Stripe could not be asked about the payment: "
                    + e.getMessage());
        }
    }

    @Override
    public void cancel(PaymentSession session) {
        call("cancel the payment", () -> stripe.v1().paymentIntents().cancel(intentId(session),
                key("cancel-" + session.paymentSessionId())));
    }

    @Override
    public void delete(PaymentSession session) {
        cancel(session);
    }

    /** One capture per intent (a partial one releases the rest), so the session names it. */
    @Override
    public void capture(PaymentSession session, long amount) {
        PaymentIntentCaptureParams params = PaymentIntentCaptureParams.builder().setAmountToCapture(amount).build();
        call("capture the payment", () -> stripe.v1().paymentIntents().capture(intentId(session), params,
                key("capture-" + session.paymentSessionId())));
    }

    @Override
    public void refund(PaymentSession session, String refundId, long amount) {
        RefundCreateParams params = RefundCreateParams.builder()
                .setPaymentIntent(intentId(session))
                .setAmount(amount)
                .putMetadata(REFUND_KEY, refundId)
                .build();
        call("refund the payment", () -> stripe.v1().refunds().create(params, key("refund-" + refundId)));
    }

    /** What an intent's status means for checkout. */
    static Authorization authorization(PaymentIntent intent) {
        return switch (intent.getStatus()) {
            case "requires_capture", "succeeded" -> Authorization.authorized();
            case "requires_action" -> Authorization.failed(Outcome.REQUIRES_ACTION,
                    "The payment needs the shopper's action (e.g. 3-D Secure) before it can be authorized");
            case "requires_payment_method" -> Authorization.failed(Outcome.DECLINED, intent.getLastPaymentError() == null
                    ? "The payment has no usable payment method: it was declined or none was given"
                    : "The payment was declined: " + intent.getLastPaymentError().getMessage());
            case "canceled" -> Authorization.failed(Outcome.DECLINED, "The payment was canceled with Stripe");
            default -> Authorization.failed(Outcome.REQUIRES_ACTION, "The payment is not authorized yet (Stripe status '"
                    + intent.getStatus() + "')");
        };
    }

    private static Map<String, Object> data(Map<String, Object> previous, PaymentIntent intent) {
        Map<String, Object> data = new LinkedHashMap<>(previous);
        data.put("id", intent.getId());
        data.put("client_secret", intent.getClientSecret());
        data.put("status", intent.getStatus());
        return data;
    }

    private static String intentId(PaymentSession session) {
        Object id = session.data().get("id");
        if (!(id instanceof String intent)) {
            throw new PaymentProviderException("The session has no Stripe payment intent", null);
        }
        return intent;
    }

    private static RequestOptions key(String idempotencyKey) {
        return RequestOptions.builder().setIdempotencyKey(idempotencyKey).build();
    }

    private static <T> T call(String what, StripeCall<T> call) {
        try {
            return call.run();
        } catch (StripeException e) {
            throw new PaymentProviderException("Stripe could not " + what + ": " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface StripeCall<T> {
        T run() throws StripeException;
    }
}
