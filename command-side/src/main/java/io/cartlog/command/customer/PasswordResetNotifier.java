package io.cartlog.command.customer;

import java.time.Instant;

/**
 * Delivers a password reset token to the customer (by e-mail, through whatever the shop uses).
 * The clear token passes through here once and is written nowhere else: not to events, not to logs.
 */
public interface PasswordResetNotifier {

    void send(Notice notice);

    record Notice(String customerId, String email, String token, Instant expiresAt) {
    }
}
