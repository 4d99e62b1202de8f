package io.cartlog.command.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled        seed the demo catalog on first start ({@code CARTLOG_DEMO_ENABLED})
 * @param publishableKey the token of the demo's publishable key; generated when unset
 *                       ({@code CARTLOG_DEMO_PUBLISHABLE_KEY})
 */
@ConfigurationProperties("cartlog.demo")
record DemoProperties(Boolean enabled, String publishableKey) {

    DemoProperties {
        enabled = enabled == null || enabled;
    }
}
