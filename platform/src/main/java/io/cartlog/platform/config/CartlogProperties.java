package io.cartlog.platform.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Cartlog's own settings ({@code cartlog.*}, or {@code CARTLOG_*} in the environment).
 *
 * @param dataDir               where the embedded default keeps its database and generated secrets
 * @param adminApiKey           the admin secret; generated once and kept in {@code dataDir} when unset
 * @param readYourWritesTimeout how long a mutation waits for its read model before answering 503
 */
@ConfigurationProperties("cartlog")
public record CartlogProperties(Path dataDir, String adminApiKey, Duration readYourWritesTimeout) {

    public CartlogProperties {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        readYourWritesTimeout = readYourWritesTimeout == null ? Duration.ofSeconds(5) : readYourWritesTimeout;
    }
}
