package io.cartlog.platform.auth;

/**
 * Who a storefront request is made by, from its bearer token or session cookie.
 *
 * @param authIdentityId the email and password the customer logged in with
 * @param customerId     null while the identity has no customer yet (right after registering)
 */
public record Authenticated(String authIdentityId, String customerId) {

    static final String REQUEST_ATTRIBUTE = Authenticated.class.getName();
}
