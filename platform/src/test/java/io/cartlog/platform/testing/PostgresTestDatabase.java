package io.cartlog.platform.testing;

import org.springframework.test.context.DynamicPropertyRegistry;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A PostgreSQL database created for this test run on the server at {@code CARTLOG_TEST_PG}
 * (default {@code 127.0.0.1:5432}, user {@code postgres}) and dropped when the JVM exits.
 * Every Spring context of the run shares it; {@link #create()} makes more.
 */
public final class PostgresTestDatabase {

    private static final String SERVER = System.getenv().getOrDefault("CARTLOG_TEST_PG", "127.0.0.1:5432");
    private static final String USER = System.getenv().getOrDefault("CARTLOG_TEST_PG_USER", "postgres");
    private static final String PASSWORD = System.getenv().getOrDefault("CARTLOG_TEST_PG_PASSWORD", "");

    private static String url;

    private PostgresTestDatabase() {
    }

    public static synchronized String url() {
        if (url == null) {
            url = create();
        }
        return url;
    }

    /** A database of its own, for a test that runs Cartlog beside the shared context. */
    public static String create() {
        String name = "cartlog_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE DATABASE " + name);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")));
        return "jdbc:postgresql://" + SERVER + "/" + name;
    }

    public static String user() {
        return USER;
    }

    public static String password() {
        return PASSWORD;
    }

    public static void register(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", PostgresTestDatabase::url);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> PASSWORD);
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://" + SERVER + "/postgres", USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + SERVER + " is needed for the tests: " + e.getMessage(), e);
        }
    }
}
