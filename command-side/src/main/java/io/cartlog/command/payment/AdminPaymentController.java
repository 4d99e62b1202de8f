package io.cartlog.command.payment;

import io.cartlog.events.common.Ids;
import io.cartlog.platform.web.ApiException;
import io.cartlog.platform.web.ExpectedVersion;
import io.cartlog.queries.payment.PaymentView;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * Medusa v2's admin payment routes: capture an authorized payment, refund a captured one. A payment
 * is found by its id ({@code pay_…}) in the collection view; the answer is the payment once that
 * view shows the change. The expected version is the collection's.
 */
@RestController
class AdminPaymentController {

    private final PaymentCommands payments;

    AdminPaymentController(PaymentCommands payments) {
        this.payments = payments;
    }

    @PostMapping("/admin/payments/{id}/capture")
    Map<String, PaymentView> capture(@PathVariable String id,
                                     @RequestBody(required = false) PaymentRequests.Capture body,
                                     @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        PaymentView payment = payments.payment(id);
        Long expected = ExpectedVersion.of(body == null ? null : body.version(), ifMatch);
        long version = payments.send(new CapturePaymentCommand(payment.paymentCollectionId(), expected, id,
                body == null ? null : body.amount()), expected);
        return Map.of("payment", payments.paymentAt(payment, version));
    }

    /**
     * The same {@code Idempotency-Key} names the same refund, so a retried request refunds once;
     * without one every request is a refund of its own.
     */
    @PostMapping("/admin/payments/{id}/refund")
    Map<String, PaymentView> refund(@PathVariable String id, @RequestBody(required = false) PaymentRequests.Refund body,
                                    @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                    @RequestHeader(value = "Idempotency-Key", required = false) String idempotencyKey) {
        if (body == null || body.amount() == null) {
            throw ApiException.invalidData("Invalid request: Field 'amount' is required");
        }
        PaymentView payment = payments.payment(id);
        Long expected = ExpectedVersion.of(body.version(), ifMatch);
        String refundId = idempotencyKey == null || idempotencyKey.isBlank() ? Ids.next("ref")
                : Ids.derived("ref", id, idempotencyKey);
        long version = payments.send(new RefundPaymentCommand(payment.paymentCollectionId(), expected, id, refundId,
                body.amount(), body.note()), expected);
        return Map.of("payment", payments.paymentAt(payment, version));
    }
}
