package io.cartlog.app.support;

import io.cartlog.app.CartlogApplication;
import io.cartlog.platform.testing.ApiClient;
import io.cartlog.platform.testing.PostgresTestDatabase;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/**
 * Cartlog in one process on a PostgreSQL database created for the run, driven through HTTP.
 * All integration tests share the context, so each creates the data it asserts on.
 */
@SpringBootTest(classes = CartlogApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class CartlogIT {

    protected static final String ADMIN_KEY = "sk_test_admin";
    protected static final String PUBLISHABLE_KEY = "pk_test_demo";

    @Value("${local.server.port}")
    private int port;

    @DynamicPropertySource
    static void cartlogProperties(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
        registry.add("cartlog.admin-api-key", () -> ADMIN_KEY);
        registry.add("cartlog.demo.publishable-key", () -> PUBLISHABLE_KEY);
        registry.add("cartlog.data-dir", CartlogIT::temporaryDataDir);
    }

    protected ApiClient anonymous() {
        return ApiClient.at(port);
    }

    protected ApiClient admin() {
        return anonymous().asAdmin(ADMIN_KEY);
    }

    protected ApiClient store() {
        return anonymous().asStorefront(PUBLISHABLE_KEY);
    }

    private static String temporaryDataDir() {
        try {
            return Files.createTempDirectory("cartlog-it").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
