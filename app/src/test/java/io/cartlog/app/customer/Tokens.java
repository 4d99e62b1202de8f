package io.cartlog.app.customer;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

/** Customer tokens made by a test: with any secret and lifetime, or not signed at all. */
final class Tokens {

    private Tokens() {
    }

    /** {@code claims} (a token's payload) signed with {@code secret}, expiring {@code seconds} from now. */
    static String signed(String secret, String claims, long seconds) throws Exception {
        JWTClaimsSet parsed = JWTClaimsSet.parse(claims);
        JWTClaimsSet changed = new JWTClaimsSet.Builder(parsed)
                .expirationTime(Date.from(Instant.now().plusSeconds(seconds))).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), changed);
        jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }

    /** The claims under {@code "alg": "none"}, as an attacker would send them. */
    static String unsigned(String claims) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return base64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".";
    }
}
