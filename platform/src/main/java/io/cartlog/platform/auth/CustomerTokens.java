package io.cartlog.platform.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.cartlog.platform.config.CartlogProperties;
import io.cartlog.platform.config.GeneratedSecrets;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;

/**
 * Customer tokens as Medusa v2 issues them: HS256 JWTs whose {@code actor_id} is the customer
 * ({@code ""} for a registration token, before the customer exists) and whose
 * {@code auth_identity_id} is the email-and-password identity. Verified on every call: signature,
 * algorithm and expiry.
 */
@Component
public class CustomerTokens {

    private static final String ACTOR_TYPE = "customer";

    private final byte[] secret;
    private final AuthProperties properties;
    private final Clock clock = Clock.systemUTC();

    CustomerTokens(AuthProperties properties, CartlogProperties cartlog) {
        this.secret = GeneratedSecrets.configuredOrStored(properties.jwtSecret(),
                cartlog.dataDir().resolve("jwt-secret"), "jwt_").getBytes(StandardCharsets.UTF_8);
        if (secret.length < 32) {
            throw new IllegalStateException("CARTLOG_AUTH_JWT_SECRET must be at least 32 bytes long");
        }
        this.properties = properties;
    }

    /** A token for {@code customerId} (null while the identity has none), valid for the configured lifetime. */
    public String issue(String authIdentityId, String customerId) {
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(authIdentityId)
                .claim("actor_id", customerId == null ? "" : customerId)
                .claim("actor_type", ACTOR_TYPE)
                .claim("auth_identity_id", authIdentityId)
                .claim("app_metadata", customerId == null ? Map.of() : Map.of("customer_id", customerId))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(properties.tokenLifetime())))
                .build();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(secret));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a customer token", e);
        }
    }

    /** Who the token names, if it is one of ours, unaltered and not expired. */
    public Optional<Authenticated> verify(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(new MACVerifier(secret))) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Date expires = claims.getExpirationTime();
            if (expires == null || !expires.toInstant().isAfter(clock.instant())
                    || !ACTOR_TYPE.equals(claims.getStringClaim("actor_type"))) {
                return Optional.empty();
            }
            String identity = claims.getStringClaim("auth_identity_id");
            String actor = claims.getStringClaim("actor_id");
            return identity == null ? Optional.empty()
                    : Optional.of(new Authenticated(identity, actor == null || actor.isEmpty() ? null : actor));
        } catch (ParseException | JOSEException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
