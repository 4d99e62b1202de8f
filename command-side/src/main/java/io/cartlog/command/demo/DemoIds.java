package io.cartlog.command.demo;

import com.github.f4b6a3.ulid.Ulid;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;

/**
 * Ids of the demo's resources, derived from their names, so a seeding that was interrupted can
 * resume and a finished one is recognised: the id either has events in the store or it has not.
 */
final class DemoIds {

    private static final long DEMO_EPOCH = Instant.parse("2026-01-01T00:00:00Z").toEpochMilli();

    private DemoIds() {
    }

    static String of(String prefix, String name) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((prefix + ":" + name).getBytes(StandardCharsets.UTF_8));
            return prefix + "_" + new Ulid(DEMO_EPOCH, Arrays.copyOf(digest, 10));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
