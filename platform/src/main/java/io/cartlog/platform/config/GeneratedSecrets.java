package io.cartlog.platform.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;

/** Secrets generated on first start and kept in the data directory, so a restart keeps them. */
public final class GeneratedSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private GeneratedSecrets() {
    }

    public static String random(String prefix) {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return prefix + HexFormat.of().formatHex(bytes);
    }

    /** The configured value when set, otherwise the one stored in {@code file}, created on first use. */
    public static String configuredOrStored(String configured, Path file, String prefix) {
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        try {
            if (Files.exists(file)) {
                return Files.readString(file).trim();
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            String secret = random(prefix);
            Files.writeString(file, secret);
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep a generated secret in " + file, e);
        }
    }
}
