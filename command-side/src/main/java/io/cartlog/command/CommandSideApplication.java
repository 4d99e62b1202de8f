package io.cartlog.command;

import io.cartlog.platform.config.PlatformConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** The write side alone: aggregates, command handlers and the mutation endpoints. */
@SpringBootApplication
@Import(PlatformConfiguration.class)
public class CommandSideApplication {

    public static void main(String[] args) {
        SpringApplication.run(CommandSideApplication.class, args);
    }
}
