package io.cartlog.command.payment.provider;

import io.cartlog.platform.web.ApiException;
import org.springframework.http.HttpStatus;

/** The provider could not be reached or refused the call: nothing was recorded, the request may be retried. */
public class PaymentProviderException extends ApiException {

    public PaymentProviderException(String message, Throwable cause) {
        super(HttpStatus.BAD_GATEWAY, "unexpected_state", "payment_provider_error", message);
        initCause(cause);
    }
}
