package io.cartlog.app.smoke;

import io.cartlog.app.CartlogApplication;
import io.cartlog.platform.testing.ApiClient;
import io.cartlog.platform.testing.ApiClient.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Boots the app as the README's run command does, on the embedded H2 default in a fresh data
 * directory, and checks that the demo catalog is served and survives a restart without reseeding.
 */
class EmbeddedDefaultSmokeIT {

    private static final String PUBLISHABLE_KEY = "pk_smoke";

    @TempDir
    static Path dataDir;

    private static ConfigurableApplicationContext running;

    @AfterAll
    static void stop() {
        if (running != null) {
            running.close();
        }
    }

    @Test
    void servesTheDemoCatalogOnH2AndKeepsItAcrossARestart() {
        ApiClient store = start().asStorefront(PUBLISHABLE_KEY);
        // The demo is seeded as the application starts; its read models follow a moment later.
        Response products = await().until(() -> store.get("/store/products?limit=100"),
                answer -> answer.status() == 200 && answer.body().get("count").asLong() >= 20);
        long seeded = products.body().get("count").asLong();
        assertThat(store.get("/store/regions").body().get("count").asLong()).isEqualTo(2);
        assertThat(Files.exists(dataDir.resolve("cartlog.mv.db"))).isTrue();

        running.close();
        ApiClient restarted = start().asStorefront(PUBLISHABLE_KEY);

        assertThat(await().until(() -> restarted.get("/store/products?limit=100"), answer -> answer.status() == 200)
                .body().get("count").asLong()).isEqualTo(seeded);
        assertThat(restarted.get("/store/regions").body().get("count").asLong()).isEqualTo(2);
    }

    private static ApiClient start() {
        running = SpringApplication.run(CartlogApplication.class,
                "--server.port=0",
                "--cartlog.data-dir=" + dataDir,
                "--cartlog.demo.publishable-key=" + PUBLISHABLE_KEY);
        int port = running.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        return ApiClient.at(port);
    }
}
