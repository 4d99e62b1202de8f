package io.cartlog.platform.auth;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Session cookies: a random value handed to the browser once, kept as its SHA-256 with who it
 * authenticates and until when, so a stolen table reveals no usable cookie and logging out ends
 * the session on every node.
 */
@Component
public class CustomerSessions {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final AuthProperties properties;

    CustomerSessions(JdbcClient jdbc, AuthProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** Opens a session for {@code who}; answers the cookie's value. */
    public String open(Authenticated who) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String value = HexFormat.of().formatHex(bytes);
        jdbc.sql("INSERT INTO customer_session (id_sha256, auth_identity_id, customer_id, expires_at) VALUES (?, ?, ?, ?)")
                .params(sha256(value), who.authIdentityId(), who.customerId(),
                        Instant.now().plus(properties.sessionLifetime()).atOffset(ZoneOffset.UTC))
                .update();
        return value;
    }

    Optional<Authenticated> find(String value) {
        return jdbc.sql("SELECT auth_identity_id, customer_id FROM customer_session WHERE id_sha256 = ? AND expires_at > ?")
                .params(sha256(value), Instant.now().atOffset(ZoneOffset.UTC))
                .query((rs, n) -> new Authenticated(rs.getString("auth_identity_id"), rs.getString("customer_id")))
                .optional();
    }

    public void close(String value) {
        jdbc.sql("DELETE FROM customer_session WHERE id_sha256 = ?").param(sha256(value)).update();
    }

    /** Ends every session of the identity: after its password changed, none of them should last. */
    public void closeAll(String authIdentityId) {
        jdbc.sql("DELETE FROM customer_session WHERE auth_identity_id = ?").param(authIdentityId).update();
    }

    /** Opens a session for {@code who} and hands its cookie to the browser. */
    public void start(Authenticated who, HttpServletRequest request, HttpServletResponse response) {
        response.addHeader(HttpHeaders.SET_COOKIE, cookie(open(who), properties.sessionLifetime(), secure(request)));
    }

    /** Ends the request's session, if it has one, and tells the browser to drop the cookie. */
    public void end(HttpServletRequest request, HttpServletResponse response) {
        String session = CustomerAuthenticationFilter.sessionCookie(request);
        if (session != null) {
            close(session);
        }
        response.addHeader(HttpHeaders.SET_COOKIE, cookie("", Duration.ZERO, secure(request)));
    }

    /** Medusa's cookie: HttpOnly, SameSite=Lax, and Secure when the browser's request was HTTPS. */
    private static String cookie(String value, Duration maxAge, boolean secure) {
        return ResponseCookie.from(CustomerAuthenticationFilter.SESSION_COOKIE, value)
                .httpOnly(true).sameSite("Lax").secure(secure).path("/").maxAge(maxAge).build().toString();
    }

    /** Behind a proxy that ends TLS, the request is plain HTTP but the browser's was not. */
    private static boolean secure(HttpServletRequest request) {
        return request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
    }

    /** Lower-case hex SHA-256, as session ids and reset tokens are kept. */
    public static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM provides SHA-256", e);
        }
    }
}
