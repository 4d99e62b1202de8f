package io.cartlog.command.customer;

import io.cartlog.events.common.Ids;
import io.cartlog.platform.web.ApiException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Email-and-password identities ({@code auth_identity}): what a customer logs in with, apart from
 * the customer and its events. Passwords are kept as bcrypt hashes only; emails lower-case and
 * unique, so of two registrations of one email, in any case and at the same time, one wins.
 */
@Component
public class AuthIdentities {

    private static final int MIN_PASSWORD = 8;
    /** bcrypt reads no more than 72 bytes; longer passwords would be cut silently. */
    private static final int MAX_PASSWORD = 72;
    private static final BCryptPasswordEncoder BCRYPT = new BCryptPasswordEncoder(10);
    /** Compared against when the email is unknown, so that answering takes as long as for a known one. */
    private static final String UNKNOWN_HASH = BCRYPT.encode("no such identity, whatever is typed");

    private final JdbcClient jdbc;

    AuthIdentities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Identity(String id, String email, String customerId) {
    }

    /** A new identity; 400 when the email has one already. */
    Identity register(String email, String password) {
        String normalized = Customer.email(email);
        String hash = BCRYPT.encode(checkedPassword(password));
        String id = Ids.next("authid");
        try {
            jdbc.sql("INSERT INTO auth_identity (id, email, password_hash, customer_id, created_at) VALUES (?, ?, ?, NULL, ?)")
                    .params(id, normalized, hash, Instant.now().atOffset(ZoneOffset.UTC))
                    .update();
        } catch (DuplicateKeyException taken) {
            throw ApiException.invalidData("Identity with email already exists");
        }
        return new Identity(id, normalized, null);
    }

    /** The identity of this email and password; empty for an unknown email and a wrong password alike. */
    Optional<Identity> authenticate(String email, String password) {
        if (email == null || password == null) {
            return Optional.empty();
        }
        Optional<Stored> stored = find(email);
        boolean matches = BCRYPT.matches(password, stored.map(Stored::hash).orElse(UNKNOWN_HASH));
        return stored.filter(found -> matches).map(Stored::identity);
    }

    Optional<Identity> byEmail(String email) {
        return find(email).map(Stored::identity);
    }

    Optional<Identity> byId(String id) {
        return jdbc.sql("SELECT id, email, customer_id, password_hash FROM auth_identity WHERE id = ?").param(id)
                .query((rs, n) -> new Identity(rs.getString("id"), rs.getString("email"), rs.getString("customer_id")))
                .optional();
    }

    /** Links the identity to its customer, in the transaction of the event that gives the customer an account. */
    void link(String identityId, String customerId) {
        int linked = jdbc.sql("UPDATE auth_identity SET customer_id = ? WHERE id = ? AND customer_id IS NULL")
                .params(customerId, identityId).update();
        if (linked != 1) {
            throw ApiException.invalidData("The identity already has a customer, or does not exist");
        }
    }

    /** Takes back an identity registered in a request that then failed to make its customer. */
    void remove(String identityId) {
        jdbc.sql("DELETE FROM auth_identity WHERE id = ? AND customer_id IS NULL").param(identityId).update();
    }

    void changePassword(String identityId, String password) {
        jdbc.sql("UPDATE auth_identity SET password_hash = ? WHERE id = ?")
                .params(BCRYPT.encode(checkedPassword(password)), identityId).update();
    }

    private Optional<Stored> find(String email) {
        return jdbc.sql("SELECT id, email, customer_id, password_hash FROM auth_identity WHERE email = ?")
                .param(email.trim().toLowerCase(java.util.Locale.ROOT))
                .query((rs, n) -> new Stored(new Identity(rs.getString("id"), rs.getString("email"),
                        rs.getString("customer_id")), rs.getString("password_hash")))
                .optional();
    }

    static String checkedPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw ApiException.invalidData("Invalid request: Field 'password' must be at least " + MIN_PASSWORD
                    + " characters long");
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD) {
            throw ApiException.invalidData("Invalid request: Field 'password' must be at most " + MAX_PASSWORD
                    + " bytes long");
        }
        return password;
    }

    private record Stored(Identity identity, String hash) {
    }
}
