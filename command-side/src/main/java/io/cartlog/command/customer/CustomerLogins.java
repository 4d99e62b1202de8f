package io.cartlog.command.customer;

import io.cartlog.platform.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Checks an email and password, with the throttle around it. One answer for an unknown email
 * and a wrong password, so a login never tells whether an account exists.
 */
@Component
class CustomerLogins {

    private final AuthIdentities identities;
    private final LoginThrottle throttle;

    CustomerLogins(AuthIdentities identities, LoginThrottle throttle) {
        this.identities = identities;
        this.throttle = throttle;
    }

    AuthIdentities.Identity authenticate(String email, String password) {
        throttle.check(email);
        AuthIdentities.Identity identity = identities.authenticate(email, password).orElse(null);
        if (identity == null) {
            throttle.failed(email);
            throw new ApiException(HttpStatus.UNAUTHORIZED, "unauthorized", "unauthorized", "Invalid email or password");
        }
        throttle.succeeded(email);
        return identity;
    }
}
