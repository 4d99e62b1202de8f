package io.cartlog.platform.config;

import io.cartlog.platform.auth.AuthProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/** Imported by every Cartlog application: the event store, errors, authentication, read-your-writes. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({CartlogProperties.class, AuthProperties.class})
@ComponentScan("io.cartlog.platform")
public class PlatformConfiguration {
}
