package io.cartlog.app.jssdk;

import io.cartlog.app.support.CartlogIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the storefront flows in {@code e2e/js-sdk} with Medusa's official {@code @medusajs/js-sdk}
 * (pinned in its package.json, installed from npm on first run) against this running Cartlog.
 * Needs Node.js 18+ on the PATH.
 */
class MedusaJsSdkIT extends CartlogIT {

    private static final Path PROJECT = Path.of("..", "e2e", "js-sdk").toAbsolutePath().normalize();

    @Value("${local.server.port}")
    private int port;

    @Test
    void storefrontFlowsPassWithTheOfficialMedusaJsSdk() throws Exception {
        if (!Files.isDirectory(PROJECT.resolve("node_modules"))) {
            assertThat(run(List.of("npm", "ci", "--no-audit", "--no-fund"))).as("npm ci in " + PROJECT).isZero();
        }

        int exit = run(List.of("node", "--test"));

        assertThat(exit).as("node --test in " + PROJECT + " (output above)").isZero();
    }

    private int run(List<String> command) throws IOException, InterruptedException {
        File output = Files.createTempFile("js-sdk", ".log").toFile();
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(PROJECT.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output);
        builder.environment().put("CARTLOG_URL", "http://localhost:" + port);
        builder.environment().put("CARTLOG_PUBLISHABLE_KEY", PUBLISHABLE_KEY);
        Process process = builder.start();
        boolean finished = process.waitFor(5, TimeUnit.MINUTES);
        System.out.println(Files.readString(output.toPath(), StandardCharsets.UTF_8));
        if (!finished) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }
}
