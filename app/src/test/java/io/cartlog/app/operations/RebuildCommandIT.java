package io.cartlog.app.operations;

import io.cartlog.platform.testing.PostgresTestDatabase;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code java -jar cartlog.jar rebuild <name>}, run as an operator would, on a database of its own. */
class RebuildCommandIT {

    private final String database = PostgresTestDatabase.create();

    private record Run(int status, String output) {
    }

    @Test
    void rebuildsEveryReadModelOfAStoreWithHistoryAndExitsWhenCaughtUp() throws Exception {
        Run run = cartlog("rebuild", "all");

        assertThat(run.status()).as(run.output()).isZero();
        assertThat(run.output()).contains("cart-funnel").contains("cart-view").contains("region-view")
                .contains("product-view").contains("publishable-keys").contains("100%");
    }

    @Test
    void anUnknownNameExitsWithAMessage() throws Exception {
        Run run = cartlog("rebuild", "cart-veiw");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.output()).contains("No projection 'cart-veiw'");
    }

    /** The packaged jar with these arguments, on this test's database (the demo catalog is its history). */
    private Run cartlog(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-XX:TieredStopAtLevel=1", "-jar", Path.of("target", "cartlog.jar").toString()));
        command.addAll(List.of(arguments));
        command.addAll(List.of("--spring.datasource.url=" + database,
                "--spring.datasource.username=" + PostgresTestDatabase.user(),
                "--spring.datasource.password=" + PostgresTestDatabase.password(),
                "--cartlog.data-dir=" + Files.createTempDirectory("cartlog-rebuild"),
                "--cartlog.admin-api-key=sk_test_rebuild"));
        Path log = Files.createTempFile("cartlog-rebuild", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the rebuild did not exit; see " + log);
        }
        return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
