package io.cartlog.app.support;

import io.cartlog.platform.testing.ApiClient;
import io.cartlog.platform.testing.PostgresTestDatabase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * Cartlog as the packaged jar in a process of its own, so a test can kill it as a crash would:
 * no shutdown hook, no commit, open connections dropped. Its output goes to {@code target/<name>.log}.
 */
public final class CartlogNode implements AutoCloseable {

    public static final String ADMIN_KEY = "sk_test_node";
    public static final String PUBLISHABLE_KEY = "pk_test_node";

    private final Process process;
    private final int port;

    private CartlogNode(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Starts the jar on this database with Stripe at {@code stripeUrl} and any further
     * {@code --name=value} arguments, and waits until it serves the demo catalog.
     */
    public static CartlogNode start(String name, String databaseUrl, String stripeUrl, String... arguments) {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-jar", jar().toString(),
                "--server.port=" + port,
                "--spring.datasource.url=" + databaseUrl,
                "--spring.datasource.username=" + PostgresTestDatabase.user(),
                "--spring.datasource.password=" + PostgresTestDatabase.password(),
                "--cartlog.data-dir=" + temporaryDirectory(),
                "--cartlog.admin-api-key=" + ADMIN_KEY,
                "--cartlog.demo.publishable-key=" + PUBLISHABLE_KEY,
                "--cartlog.payments.stripe.api-key=sk_test_node",
                "--cartlog.payments.stripe.webhook-secret=whsec_test_node",
                "--cartlog.payments.stripe.api-base=" + stripeUrl));
        command.addAll(List.of(arguments));
        Path log = Path.of("target", name + ".log");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            CartlogNode node = new CartlogNode(process, port);
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException(name + " exited; see " + log.toAbsolutePath());
                        }
                        return node.store().get("/store/products?handle=classic-t-shirt").body()
                                .at("/products").size() == 1;
                    });
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ApiClient store() {
        return ApiClient.at(port).asStorefront(PUBLISHABLE_KEY);
    }

    public ApiClient admin() {
        return ApiClient.at(port).asAdmin(ADMIN_KEY);
    }

    /** SIGKILL, as the kernel's OOM killer or a pulled plug would end it. */
    public void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the node did not die");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    /** The jar {@code mvn package} built before the integration tests run. */
    private static Path jar() {
        Path jar = Path.of("target", "cartlog.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("no " + jar.toAbsolutePath() + ": run the tests with mvn verify");
        }
        return jar;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("cartlog-node");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
