package io.cartlog.app;

import io.cartlog.command.CommandSideApplication;
import io.cartlog.platform.config.PlatformConfiguration;
import io.cartlog.query.QuerySideApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;

/** Cartlog in one process: the command side and the query side sharing one event store. */
@SpringBootApplication
@ComponentScan(basePackages = {"io.cartlog.app", "io.cartlog.command", "io.cartlog.query"},
        excludeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE,
                classes = {CommandSideApplication.class, QuerySideApplication.class}))
@Import(PlatformConfiguration.class)
public class CartlogApplication {

    public static void main(String[] args) throws InterruptedException {
        if (args.length > 0 && RebuildCommand.NAME.equals(args[0])) {
            System.exit(RebuildCommand.run(args));
        }
        SpringApplication.run(CartlogApplication.class, args);
    }
}
