package io.cartlog.command.apikey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A freshly generated key token: its prefix and 32 random bytes in hex, as Medusa issues them.
 * It is made in the controller, not in the aggregate, so that a secret key's clear token only
 * ever exists in the request that creates it: the command (and so the event) carries its
 * SHA-256 alone, and the controller hands the clear token to the client once.
 */
public record IssuedToken(KeyType type, String clear) {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A publishable key with a token chosen by the operator (the demo's well-known key). */
    public static IssuedToken publishable(String clear) {
        return new IssuedToken(KeyType.PUBLISHABLE, clear);
    }

    public static IssuedToken issue(KeyType type) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new IssuedToken(type, type.tokenPrefix() + HexFormat.of().formatHex(bytes));
    }

    public CreateApiKeyCommand createCommand(String apiKeyId, String title) {
        return type == KeyType.SECRET
                ? new CreateApiKeyCommand(apiKeyId, title, type.code(), null, sha256(clear), redact(clear))
                : new CreateApiKeyCommand(apiKeyId, title, type.code(), clear, null, redact(clear));
    }

    /** How the admin shows a key: its first six and last three characters. */
    static String redact(String token) {
        return token.substring(0, Math.min(6, token.length())) + "***"
                + token.substring(Math.max(0, token.length() - 3));
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM provides SHA-256", e);
        }
    }
}
