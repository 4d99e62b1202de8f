package io.cartlog.platform.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The admin secret: {@code CARTLOG_ADMIN_API_KEY}, or one generated on first start and kept in
 * the data directory (printed then, since nobody chose it).
 */
@Component
public class AdminApiKey {

    private static final Logger log = LoggerFactory.getLogger(AdminApiKey.class);

    private final String value;

    AdminApiKey(CartlogProperties properties) {
        value = GeneratedSecrets.configuredOrStored(
                properties.adminApiKey(), properties.dataDir().resolve("admin-api-key"), "sk_");
        if (properties.adminApiKey() == null || properties.adminApiKey().isBlank()) {
            log.info("Admin API key (set CARTLOG_ADMIN_API_KEY to choose one): {}", value);
        }
    }

    public String value() {
        return value;
    }
}
