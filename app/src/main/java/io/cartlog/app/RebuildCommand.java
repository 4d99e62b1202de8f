package io.cartlog.app;

import io.cartlog.platform.projection.OfflineRebuild;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.Arrays;

/**
 * {@code java -jar cartlog.jar rebuild <name>|all [--spring.datasource.url=...]}: starts Cartlog
 * without its web server, rebuilds the read model in place and exits (0 when caught up).
 */
final class RebuildCommand {

    static final String NAME = "rebuild";

    private RebuildCommand() {
    }

    static int run(String[] args) throws InterruptedException {
        if (args.length < 2 || args[1].startsWith("--")) {
            System.err.println("Usage: java -jar cartlog.jar rebuild <projection>|all [--property=value ...]");
            return OfflineRebuild.UNKNOWN;
        }
        String[] properties = Arrays.copyOfRange(args, 2, args.length);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CartlogApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run(properties)) {
            return context.getBean(OfflineRebuild.class).run(args[1], System.out, System.err);
        }
    }
}
