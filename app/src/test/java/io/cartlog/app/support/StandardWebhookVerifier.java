package io.cartlog.app.support;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/** The verification snippet of docs/events.md, as a subscriber would paste it. */
public final class StandardWebhookVerifier {

    private StandardWebhookVerifier() {
    }

    // --- docs/events.md: verifying a delivery (begin) ---
    /** True when one of the signatures in {@code signatureHeader} is {@code secret}'s, and the timestamp is recent. */
    public static boolean verify(String secret, String webhookId, String webhookTimestamp, String signatureHeader,
                                 String body) throws Exception {
        long sentAt = Long.parseLong(webhookTimestamp);
        if (Duration.between(Instant.ofEpochSecond(sentAt), Instant.now()).abs().toMinutes() > 5) {
            return false; // too old or from the future: possibly replayed
        }
        byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        byte[] expected = mac.doFinal((webhookId + "." + webhookTimestamp + "." + body)
                .getBytes(StandardCharsets.UTF_8));
        for (String signature : signatureHeader.split(" ")) {
            if (signature.startsWith("v1,") && MessageDigest.isEqual(expected,
                    Base64.getDecoder().decode(signature.substring(3)))) {
                return true;
            }
        }
        return false;
    }
    // --- docs/events.md: verifying a delivery (end) ---
}
