package io.cartlog.platform.auth;

import io.cartlog.platform.web.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.util.Optional;

/** Who the current storefront request is authenticated as, if anyone. */
public final class CurrentCustomer {

    private CurrentCustomer() {
    }

    public static Optional<Authenticated> of(HttpServletRequest request) {
        return Optional.ofNullable((Authenticated) request.getAttribute(Authenticated.REQUEST_ATTRIBUTE));
    }

    /** The logged-in customer's id, outside any request or when nobody is logged in: empty. */
    public static Optional<String> id() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return request == null ? Optional.empty()
                : Optional.ofNullable((Authenticated) request.getAttribute(Authenticated.REQUEST_ATTRIBUTE,
                        RequestAttributes.SCOPE_REQUEST)).map(Authenticated::customerId);
    }

    /** The logged-in customer's id, or 401. */
    public static String requireId(HttpServletRequest request) {
        return of(request).map(Authenticated::customerId).orElseThrow(CurrentCustomer::unauthorized);
    }

    public static ApiException unauthorized() {
        return new ApiException(HttpStatus.UNAUTHORIZED, "unauthorized", "unauthorized",
                "Log in as a customer: send 'Authorization: Bearer <token>' or the session cookie");
    }
}
