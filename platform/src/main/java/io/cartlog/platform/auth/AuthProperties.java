package io.cartlog.platform.auth;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Customer authentication ({@code cartlog.auth.*}, or {@code CARTLOG_AUTH_*}).
 *
 * @param jwtSecret          signs customer tokens (HS256, at least 32 bytes); generated once and
 *                           kept in the data directory when unset, so every node of one
 *                           deployment must be given the same one
 * @param tokenLifetime      how long a token from login or refresh is valid
 * @param sessionLifetime    how long a session cookie is valid
 * @param resetTokenLifetime how long a password reset token is valid
 * @param resetNotificationUrl    where reset tokens are sent (a signed POST) for delivery to the
 *                                customer; unset, reset requests are recorded but no token goes out
 * @param resetNotificationSecret signs those POSTs ({@code whsec_…}, Standard Webhooks)
 */
@ConfigurationProperties("cartlog.auth")
public record AuthProperties(String jwtSecret, Duration tokenLifetime, Duration sessionLifetime,
                             Duration resetTokenLifetime, String resetNotificationUrl,
                             String resetNotificationSecret) {

    public AuthProperties {
        tokenLifetime = tokenLifetime == null ? Duration.ofHours(24) : tokenLifetime;
        sessionLifetime = sessionLifetime == null ? Duration.ofDays(7) : sessionLifetime;
        resetTokenLifetime = resetTokenLifetime == null ? Duration.ofMinutes(15) : resetTokenLifetime;
    }
}
